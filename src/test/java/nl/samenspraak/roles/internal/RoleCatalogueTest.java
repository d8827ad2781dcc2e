package nl.samenspraak.roles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.Holding;
import nl.samenspraak.roles.RoleKind;
import nl.samenspraak.roles.RoleSummary;
import nl.samenspraak.roles.internal.RoleCatalogue.NewHolding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of the catalogue: seven standard roles once, history kept, decision roles counted at a date. */
class RoleCatalogueTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired RoleCatalogue catalogue;
    @Autowired CollaborationRoles roles;
    @Autowired Residents residents;
    @Autowired RolesPersonalData personalData;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewCatalogueHasTheSevenStandardRolesOnceInTheReadersLanguage() {
        World world = fixtures.aCollaborationWithStaff();
        CollaborationId c = world.collaboration().collaborationId();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            List<RoleSummary> first = roles.catalogue(c);
            List<RoleSummary> second = roles.catalogue(c);
            assertThat(first).extracting(RoleSummary::kind).containsExactly("COORDINATOR", "RESIDENT_MEMBER",
                    "EXPERIENCED_EXPERT", "KEY_PERSON", "RESIDENT_BOARD_MEMBER", "SOUNDING_BOARD_MEMBER", "PROFESSIONAL");
            assertThat(second).extracting(RoleSummary::id).isEqualTo(first.stream().map(RoleSummary::id).toList());
            RoleSummary board = first.get(4);
            assertThat(board.name()).isEqualTo(catalogue.standardText(RoleKind.RESIDENT_BOARD_MEMBER, "name", Locale.ENGLISH));
            assertThat(board.decisionRole()).isTrue();
            assertThat(board.forResidents()).isTrue();
            assertThat(first).allSatisfy(r -> assertThat(r.expected()).isNotBlank());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void residentsInDecisionRolesAreCountedOnceEachAndOnlyInTheirPeriod() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        RoleRow board = role(c, RoleKind.RESIDENT_BOARD_MEMBER);
        RoleRow member = role(c, RoleKind.RESIDENT_MEMBER);
        UUID anna = aResident(c, "Anna");
        UUID bram = aResident(c, "Bram");
        UUID cor = aResident(c, "Cor");
        LocalDate start = today().minusYears(2);
        // Anna holds two decision roles at once (the coordinator marks the resident member role as one): she counts once.
        catalogue.edit(c, member.id(), new RoleText(null, null, null, true, true, false), "test");
        catalogue.addHolding(c, board.id(), resident(anna, start, null), "test");
        catalogue.addHolding(c, member.id(), resident(anna, start, null), "test");
        // Bram was on the board for one year; Cor holds a role that is not a decision role.
        catalogue.addHolding(c, board.id(), resident(bram, start, start.plusYears(1)), "test");
        catalogue.addHolding(c, role(c, RoleKind.SOUNDING_BOARD_MEMBER).id(), resident(cor, start, null), "test");
        catalogue.addHolding(c, role(c, RoleKind.COORDINATOR).id(),
                new NewHolding(HolderKind.STAFF, null, world.coordinatorId(), null, start, null), "test");

        CollaborationId id = world.collaboration().collaborationId();
        assertThat(roles.residentsInDecisionRoles(id, start.minusDays(1))).isZero();
        assertThat(roles.residentsInDecisionRoles(id, start.plusMonths(6))).isEqualTo(2);
        assertThat(roles.residentsInDecisionRoles(id, start.plusYears(1))).as("the last day counts").isEqualTo(2);
        assertThat(roles.residentsInDecisionRoles(id, start.plusYears(1).plusDays(1))).isEqualTo(1);
        assertThat(roles.residentsInDecisionRoles(id, today())).isEqualTo(1);
        assertThat(roles.catalogue(id)).filteredOn(r -> r.kind().equals("RESIDENT_BOARD_MEMBER"))
                .singleElement().satisfies(r -> assertThat(r.residentHoldersNow()).isEqualTo(1));
        assertThat(roles.catalogue(id)).filteredOn(r -> r.kind().equals("COORDINATOR"))
                .singleElement().satisfies(r -> assertThat(r.staffHoldersNow()).isEqualTo(1));
    }

    @Test
    void endingAHoldingKeepsItAsHistory() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        RoleRow key = role(c, RoleKind.KEY_PERSON);
        UUID first = aResident(c, "Els");
        UUID second = aResident(c, "Fenna");
        UUID holding = catalogue.addHolding(c, key.id(), resident(first, today().minusYears(3), null), "test");
        catalogue.endHolding(c, key.id(), holding, today().minusYears(1), "test");
        catalogue.addHolding(c, key.id(), resident(second, today().minusYears(1).plusDays(1), null), "test");

        List<Holding> holdings = roles.holdings(world.collaboration().collaborationId());
        assertThat(holdings).filteredOn(h -> h.kind() == RoleKind.KEY_PERSON)
                .extracting(Holding::from, Holding::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(today().minusYears(3), today().minusYears(1)),
                        org.assertj.core.groups.Tuple.tuple(today().minusYears(1).plusDays(1), null));
        assertThatThrownBy(() -> catalogue.endHolding(c, key.id(), holding, today(), "test"))
                .isInstanceOfSatisfying(InvalidRoleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roles.error.alreadyEnded"));
    }

    @Test
    void datesAndHoldersThatBreakTheRulesAreRefusedAndNothingIsStored() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        RoleRow board = role(c, RoleKind.RESIDENT_BOARD_MEMBER);
        UUID anna = aResident(c, "Anna");
        assertRefused(() -> catalogue.addHolding(c, board.id(), resident(anna, today(), today().minusDays(1)), "test"),
                "roles.error.untilBeforeFrom");
        assertRefused(() -> catalogue.addHolding(c, board.id(), resident(anna, LocalDate.of(1990, 1, 1), null), "test"),
                "roles.error.date");
        assertRefused(() -> catalogue.addHolding(c, board.id(), resident(anna, today().plusYears(2), null), "test"),
                "roles.error.date");
        assertRefused(() -> catalogue.addHolding(c, board.id(),
                new NewHolding(HolderKind.STAFF, null, world.coordinatorId(), null, today(), null), "test"),
                "roles.error.notForStaff");
        catalogue.addHolding(c, board.id(), resident(anna, today().minusMonths(6), null), "test");
        assertRefused(() -> catalogue.addHolding(c, board.id(), resident(anna, today(), null), "test"),
                "roles.error.alreadyHolds");
        assertThat(holdingsOf(c)).isEqualTo(1);
    }

    @Test
    void aRoleIsArchivedOnlyWhenNobodyHoldsItAndThenTakesNoHolders() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID custom = catalogue.addCustom(c, new RoleText("Dorpsondersteuner", "U helpt ouderen in het dorp.",
                "U krijgt een training.", false, true, false), "test");
        UUID anna = aResident(c, "Anna");
        UUID holding = catalogue.addHolding(c, custom, resident(anna, today().minusMonths(3), null), "test");
        assertRefused(() -> catalogue.archive(c, custom, "test"), "roles.error.stillHeld");

        catalogue.endHolding(c, custom, holding, today().minusDays(1), "test");
        catalogue.archive(c, custom, "test");

        assertThat(roles.catalogue(world.collaboration().collaborationId())).extracting(RoleSummary::id).doesNotContain(custom);
        assertThat(catalogue.find(c, custom)).hasValueSatisfying(r -> assertThat(r.archived()).isTrue());
        assertThat(roles.holdings(world.collaboration().collaborationId())).extracting(Holding::roleId).contains(custom);
        assertRefused(() -> catalogue.addHolding(c, custom, resident(anna, today(), null), "test"), "roles.error.archived");
    }

    @Test
    void aCustomRoleNeedsItsThreeTextsAndAStandardTextLeftAsItWasStaysStandard() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        assertRefused(() -> catalogue.addCustom(c, new RoleText("Buurtkok", " ", "Een maaltijd.", false, true, false),
                "test"), "roles.error.expectedRequired");
        assertRefused(() -> catalogue.addCustom(c, new RoleText("Buurtkok", "Koken.", "Een maaltijd.", false, false,
                false), "test"), "roles.error.nobody");
        assertRefused(() -> catalogue.addCustom(c, new RoleText("x".repeat(101), "Koken.", "Een maaltijd.", false, true,
                false), "test"), "roles.error.nameTooLong");

        RoleRow key = role(c, RoleKind.KEY_PERSON);
        Locale dutch = Locale.forLanguageTag("nl");
        catalogue.edit(c, key.id(), new RoleText("Buurtverbinder", catalogue.standardText(RoleKind.KEY_PERSON, "expected", dutch),
                "Eigen woorden over wat u krijgt.", true, true, true), "test");
        RoleRow edited = catalogue.find(c, key.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("Buurtverbinder");
        assertThat(edited.expected()).as("unchanged standard words stay translatable").isNull();
        assertThat(edited.offered()).isEqualTo("Eigen woorden over wat u krijgt.");
        assertThat(catalogue.name(edited, Locale.ENGLISH)).isEqualTo("Buurtverbinder");
        assertThat(catalogue.expected(edited, Locale.ENGLISH))
                .isEqualTo(catalogue.standardText(RoleKind.KEY_PERSON, "expected", Locale.ENGLISH));
        assertThat(edited.decisionRole()).isTrue();
    }

    @Test
    void anErasedResidentsPeriodStaysAsACountWithoutThePerson() {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID anna = aResident(c, "Anna");
        catalogue.addHolding(c, role(c, RoleKind.RESIDENT_BOARD_MEMBER).id(), resident(anna, today().minusYears(1), null), "test");
        ResidentIdentity who = new ResidentIdentity(c, anna, null, null);
        assertThat(personalData.export(who)).singleElement()
                .satisfies(s -> assertThat(s.records()).hasSize(1));

        personalData.erase(who);

        assertThat(personalData.export(who)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM roles_holding WHERE resident_id = :r").param("r", anna)
                .query(Integer.class).single()).isZero();
        assertThat(roles.residentsInDecisionRoles(world.collaboration().collaborationId(), today())).isEqualTo(1);
    }

    private RoleRow role(UUID c, RoleKind kind) {
        return catalogue.roles(c, false).stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private UUID aResident(UUID c, String name) {
        return residents.register(c, new ResidentDetails(name + " Rol", null, "0612345678", null, ContactChannel.PHONE, "nl"));
    }

    private static NewHolding resident(UUID residentId, LocalDate from, LocalDate until) {
        return new NewHolding(HolderKind.RESIDENT, residentId, null, null, from, until);
    }

    private int holdingsOf(UUID c) {
        return jdbc.sql("SELECT count(*) FROM roles_holding WHERE collaboration_id = :c").param("c", c)
                .query(Integer.class).single();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRoleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
