package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void anIpv4AddressIsItsOwnNetwork() {
        assertThat(ClientNetwork.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("192.0.2.8")).isNotEqualTo(ClientNetwork.of("192.0.2.7"));
    }

    @Test
    void ipv6AddressesInOneSlash64ShareOneKeyHoweverTheyAreWritten() {
        String key = ClientNetwork.of("2001:db8:1:2::7");
        assertThat(key).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:0DB8:0001:0002:ffff:ffff:ffff:fffe")).isEqualTo(key);
        assertThat(ClientNetwork.of("[2001:db8:1:2::9]")).isEqualTo(key);
        assertThat(ClientNetwork.of("2001:db8:1:2::9%3")).isEqualTo(key);
    }

    @Test
    void theNeighbouringSlash64IsAnotherNetwork() {
        assertThat(ClientNetwork.of("2001:db8:1:3::7")).isNotEqualTo(ClientNetwork.of("2001:db8:1:2::7"));
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsTheIpv4Address() {
        assertThat(ClientNetwork.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void whatIsNoAddressLiteralIsNeverLookedUpAndCountsAsUnknown() {
        assertThat(ClientNetwork.of("example.org")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("cafe")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("")).isEqualTo("unknown");
        assertThat(ClientNetwork.of(null)).isEqualTo("unknown");
        assertThat(ClientNetwork.of("1:2:3:4:5:6:7:8:9:10")).isEqualTo("unknown");
    }
}
