package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of pool membership, without Spring or a database. */
class MemberTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Member anActiveMember() {
        return new Member(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Member.Status.ACTIVE,
                PoolData.anOpenProfile(), "ONLINE", NOW.minusSeconds(86_400), null, 1);
    }

    @Test
    void withdrawingMakesTheMemberInactiveFromThatMoment() {
        Member left = anActiveMember().withdraw(NOW);
        assertThat(left.active()).isFalse();
        assertThat(left.status()).isEqualTo(Member.Status.WITHDRAWN);
        assertThat(left.withdrawnAt()).isEqualTo(NOW);
    }

    @Test
    void withdrawnMemberCannotWithdrawAgain() {
        Member left = anActiveMember().withdraw(NOW);
        assertThatThrownBy(() -> left.withdraw(NOW.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingKeepsWhatTheMemberToldUs() {
        Member member = anActiveMember();
        Member left = member.withdraw(NOW);
        assertThat(left.profile()).isEqualTo(member.profile());
        assertThat(left.id()).isEqualTo(member.id());
    }
}
