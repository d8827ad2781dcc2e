package nl.samenspraak.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key every per-client rate limit counts on. An IPv4 address is one client; an IPv6
 * client usually gets a whole /64 from its provider and can pick any of its 2^64
 * addresses, so counting per IPv6 address would give an attacker endless fresh buckets.
 * IPv6 addresses are therefore grouped by their /64 prefix.
 */
public final class ClientNetwork {

    /**
     * Only literals are parsed: a host name would make {@link InetAddress#getByName} ask DNS.
     * A dotted IPv4 quad, or anything with a colon (which Java only ever reads as IPv6).
     */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ClientNetwork() {}

    /** The client's network as seen by this request (after the proxy headers the server trusts). */
    public static String key(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    /** {@code 192.0.2.7} stays itself; {@code 2001:db8:1:2::7} becomes {@code 2001:db8:1:2::/64}. */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.length() > 45 || !LITERAL.matcher(literal).matches()) {
            return "unknown";
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException | SecurityException e) {
            return "unknown";
        }
        if (!(parsed instanceof Inet6Address)) {
            // Also an IPv4-mapped IPv6 address (::ffff:192.0.2.7): Java hands those back as IPv4.
            return parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
            prefix.append(Integer.toHexString(value)).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
