package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The pool module with the modules it uses (directly or through them; resident needs process, process needs knowledge), against its own embedded PostgreSQL: a resident
 * joins and leaves again, and leaving withdraws every consent they gave.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class PoolModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired PoolJoining joining;
    @Autowired MembershipChanges changes;
    @Autowired PoolMembers members;
    @Autowired Consents consents;

    @Test
    void residentWhoJoinsAndLeavesIsNoLongerActiveAndHasWithdrawnEveryConsent() {
        UUID c = collaborations.create("pool-module-" + UUID.randomUUID().toString().substring(0, 8), "Poolmodule",
                "Texel", "Een samenwerkingsverband voor de moduletest.", List.of(), List.of(), "test").id();
        var joined = joining.join(c, PoolData.byEmail("Module Lid"), PoolData.anOpenProfile(), true);

        changes.withdraw(c, joined.memberId(), null);

        Member member = members.find(c, joined.memberId()).orElseThrow();
        assertThat(member.active()).isFalse();
        assertThat(member.withdrawnAt()).isNotNull();
        assertThat(consents.current(member.memberId())).containsEntry(Purpose.INVITATIONS, false)
                .containsEntry(Purpose.RESULTS, false);
    }
}
