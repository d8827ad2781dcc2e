package nl.samenspraak.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An author's "no more news" choices and the stop links we sent them. The links' tokens are not
 * known (only their hashes are kept), so the export counts them. Runs before the input module
 * erases the contact details through which the author's inputs are found.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionNewsPersonalData implements PersonalDataHolder {


    private final DecisionNewsLinks links;
    private final InputContacts contacts;
    private final InputViews inputs;
    private final Processes processes;

    DecisionNewsPersonalData(DecisionNewsLinks links, InputContacts contacts, InputViews inputs, Processes processes) {
        this.links = links;
        this.contacts = contacts;
        this.inputs = inputs;
        this.processes = processes;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        List<UUID> ids = contacts.inputsOf(who.collaborationId(), who.email(), who.phone(), who.name(), who.postalAddress());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PersonalDataSection> sections = new ArrayList<>();
        List<DecisionNewsLinks.Stop> stops = links.stopsOf(who.collaborationId(), ids);
        if (!stops.isEmpty()) {
            Map<UUID, Input> byId = inputs.findAll(who.collaborationId(), ids);
            // One stop per input, mostly of one process: look each process up once.
            Map<UUID, String> titles = new java.util.HashMap<>();
            sections.add(new PersonalDataSection("feedback.privacy.newsStops", stops.stream()
                    .map(s -> new PersonalDataRecord(List.of(
                            new Field("feedback.privacy.newsStop.followCode",
                                    byId.containsKey(s.inputId()) ? byId.get(s.inputId()).followCode().display() : null),
                            new Field("feedback.privacy.newsStop.process",
                                    titles.computeIfAbsent(s.processId(),
                                            p -> processes.findPublic(p).map(Process::title).orElse(""))),
                            Field.at("feedback.privacy.newsStop.stoppedAt", s.stoppedAt()))))
                    .toList()));
        }
        int count = links.linkCount(who.collaborationId(), ids);
        if (count > 0) {
            sections.add(new PersonalDataSection("feedback.privacy.newsLinks", List.of(new PersonalDataRecord(List.of(
                    new Field("feedback.privacy.newsLinks.count", Integer.toString(count)))))));
        }
        return sections;
    }

    @Override
    public void erase(ResidentIdentity who) {
        List<UUID> ids = contacts.inputsOf(who.collaborationId(), who.email(), who.phone(), who.name(), who.postalAddress());
        links.forget(who.collaborationId(), ids);
    }
}
