package nl.samenspraak.roles.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.pool.AgreedCommitment;
import nl.samenspraak.pool.PoolCommitments;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.RoleKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three years of role holders in texel, heerenveen and mijnstreek: the coordinator and professionals, residents on
 * the board, in the sounding board and as key person, with one change of key person in each. Texel and heerenveen
 * have two residents in decision roles; mijnstreek has one, the gap the staff page points out. Runs after the pool's
 * demo so that a resident with an agreed commitment holds the matching role, linked to it.
 */
@Component
@DemoOnly
@Order(60)
class RolesDemo implements DemoContributor {

    /** A resident in a role, from and until so many months before the demo's "today" (-1: still holding it). */
    record Held(RoleKind kind, String name, int fromMonthsAgo, int untilMonthsAgo) {}

    /** Each collaboration's own word for the key person. */
    static final Map<String, String> KEY_PERSON_NAMES = Map.of("texel", "Dorpsondersteuner", "heerenveen", "Buurtverbinder");

    static final Map<String, List<Held>> HELD = Map.of(
            "texel", List.of(
                    new Held(RoleKind.KEY_PERSON, "Jannie Witte", 36, 14),
                    new Held(RoleKind.KEY_PERSON, "Klaas Eelman", 14, -1),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Trijntje Boon", 34, -1),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Dirk Zegers", 18, -1),
                    new Held(RoleKind.SOUNDING_BOARD_MEMBER, "Marga Kikkert", 30, -1),
                    new Held(RoleKind.SOUNDING_BOARD_MEMBER, "Piet Dros", 30, 8),
                    new Held(RoleKind.EXPERIENCED_EXPERT, "Sien Bakker", 20, -1),
                    new Held(RoleKind.RESIDENT_MEMBER, "Ali Kaya", 26, -1)),
            "heerenveen", List.of(
                    new Held(RoleKind.KEY_PERSON, "Sietske de Vries", 35, 20),
                    new Held(RoleKind.KEY_PERSON, "Hamid Amrani", 20, -1),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Wietske Postma", 33, 12),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Jelle Hoekstra", 12, -1),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Anneke Dijkstra", 24, -1),
                    new Held(RoleKind.SOUNDING_BOARD_MEMBER, "Rinse Visser", 28, -1),
                    new Held(RoleKind.EXPERIENCED_EXPERT, "Fenna Bosma", 15, -1)),
            "mijnstreek", List.of(
                    new Held(RoleKind.KEY_PERSON, "Mia Janssen", 36, 10),
                    new Held(RoleKind.KEY_PERSON, "Sjef Hendriks", 10, -1),
                    new Held(RoleKind.RESIDENT_BOARD_MEMBER, "Ton Lemmens", 30, -1),
                    new Held(RoleKind.SOUNDING_BOARD_MEMBER, "Yvonne Peeters", 27, -1),
                    new Held(RoleKind.SOUNDING_BOARD_MEMBER, "Bert Smeets", 27, 6),
                    new Held(RoleKind.RESIDENT_MEMBER, "Nadia Bouzid", 16, -1)));

    private final RoleCatalogue catalogue;
    private final Residents residents;
    private final StaffAccounts staff;
    private final PoolCommitments commitments;

    RolesDemo(RoleCatalogue catalogue, Residents residents, StaffAccounts staff, PoolCommitments commitments) {
        this.catalogue = catalogue;
        this.residents = residents;
        this.staff = staff;
        this.commitments = commitments;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<Held> held = HELD.get(demo.slug());
        if (held == null) {
            return;
        }
        UUID c = demo.collaborationId();
        LocalDate today = demo.today();
        List<RoleRow> roles = catalogue.roles(c, false);
        String keyName = KEY_PERSON_NAMES.get(demo.slug());
        if (keyName != null) {
            RoleRow key = role(roles, RoleKind.KEY_PERSON);
            catalogue.edit(c, key.id(), new RoleText(keyName, null, null, key.decisionRole(), key.forResidents(),
                    key.forStaff()), demo.coordinatorEmail());
        }
        for (StaffAccounts.StaffMember member : staff.staffOf(c)) {
            RoleKind kind = member.role() == Role.COORDINATOR ? RoleKind.COORDINATOR
                    : member.role() == Role.PROFESSIONAL ? RoleKind.PROFESSIONAL : null;
            if (kind != null) {
                catalogue.addHolding(c, role(roles, kind).id(), new RoleCatalogue.NewHolding(HolderKind.STAFF, null,
                        member.id(), null, today.minusMonths(36), null), demo.coordinatorEmail());
            }
        }
        for (Held h : held) {
            UUID resident = residents.register(c, new ResidentDetails(h.name(), null, null, null, ContactChannel.NONE, "nl"));
            catalogue.addHolding(c, role(roles, h.kind()).id(), new RoleCatalogue.NewHolding(HolderKind.RESIDENT, resident,
                    null, null, today.minusMonths(h.fromMonthsAgo()),
                    h.untilMonthsAgo() < 0 ? null : today.minusMonths(h.untilMonthsAgo())), demo.coordinatorEmail());
        }
        // Residents with an agreed commitment in the pool's demo hold the matching role from it.
        for (AgreedCommitment a : commitments.agreed(c)) {
            RoleKind kind = FROM_COMMITMENT.get(a.role());
            if (a.ongoing() && kind != null) {
                try {
                    catalogue.addHolding(c, role(roles, kind).id(), new RoleCatalogue.NewHolding(HolderKind.RESIDENT,
                            a.residentId(), null, a.id().value(), a.startsOn(), null), demo.coordinatorEmail());
                } catch (InvalidRoleException e) {
                    // A commitment whose dates the catalogue refuses is left out of the demo; the pool still shows it.
                }
            }
        }
    }

    /** The role of the catalogue that a pool commitment's role stands for. */
    static final Map<String, RoleKind> FROM_COMMITMENT = Map.of("SOUNDING_BOARD", RoleKind.SOUNDING_BOARD_MEMBER,
            "RESIDENT_BOARD_MEMBER", RoleKind.RESIDENT_BOARD_MEMBER, "NEIGHBOURHOOD_CONNECTOR", RoleKind.KEY_PERSON,
            "EXPERIENCED_EXPERT", RoleKind.EXPERIENCED_EXPERT);

    private static RoleRow role(List<RoleRow> roles, RoleKind kind) {
        return roles.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
