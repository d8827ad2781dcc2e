package nl.samenspraak.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of one staff member, for when what their login rested on was taken away. */
@Component
class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    void endAllOf(String email) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions != null) {
            sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
        }
    }
}
