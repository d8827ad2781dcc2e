package nl.samenspraak.resident;

import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The one rule for residents' contact details and needs on staff screens: viewers read
 * without them, and every time a professional or coordinator opens something that shows
 * them, the audit trail says who looked at what. Controllers of every module ask here
 * before they put such details in a page, PDF, CSV or API answer, so the rule cannot
 * differ between modules (the role matrix in docs/roles.md).
 */
@Component
public class PersonalDataViews {

    /** The audit action of one staff view of residents' personal data. */
    public static final String ACTION = "personal-data.view";
    /** The least role that sees residents' contact details, needs, receipts and bank accounts. */
    public static final Role LEAST_ROLE = Role.PROFESSIONAL;

    private final AuditTrail audit;

    PersonalDataViews(AuditTrail audit) {
        this.audit = audit;
    }

    /** Whether this staff member may see residents' personal data at all (viewers may not). */
    public boolean mayView(CollaborationAccess access) {
        return access.can(LEAST_ROLE);
    }

    /**
     * Called when a page (or file) that shows residents' personal data is about to be
     * shown: for staff who may see it, one audit entry naming the page and its object, and
     * true; for viewers nothing is recorded and the answer is false, so the caller leaves
     * the details out on the server.
     *
     * @param page       what was opened, e.g. {@code "meeting page"}; kept as the entry's result
     * @param objectType the kind of object the page is about, e.g. {@code "meeting"}
     * @param objectId   that object, or null for a list of the whole collaboration
     */
    public boolean open(CollaborationAccess access, String page, String objectType, Object objectId) {
        if (!mayView(access)) {
            return false;
        }
        audit.record(access.collaborationId(), access.actor(), ACTION, objectType,
                objectId == null ? access.collaborationId() : objectId, page);
        return true;
    }

    /** The resident as a page may show them: without name and contact details unless {@code shown}. */
    public static Resident shown(boolean shown, Resident resident) {
        return shown || resident == null ? resident : resident.withoutContactDetails();
    }
}
