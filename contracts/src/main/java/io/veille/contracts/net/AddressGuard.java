package io.veille.contracts.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a service that calls URLs given to it (the crawler's feeds, the summary's webhooks) from being
 * turned against the network it runs in (SSRF): only http(s), and
 * only hosts whose every resolved address is public, unless the host and port are allow-listed,
 * globally or for the one request. Each URL is judged on its own: a redirect target is checked as
 * if it were the first URL, so an allow-listed page cannot lead to another port or host.
 */
public final class AddressGuard {

    private final HostResolver resolver;
    private final Set<HostPort> allowed;

    public AddressGuard(HostResolver resolver, Set<HostPort> allowed) {
        this.resolver = resolver;
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * @param trusted the one host and port this request may reach although private (a source's own
     *                feed origin), or null
     * @return the addresses that were judged: the request connects to these and to nothing else, so a
     *         second DNS answer (a rebinding) never reaches the socket
     * @throws AddressRefusedException with the reason when the URL may not be called
     * @throws UnresolvedHostException when the host has no address
     */
    public List<InetAddress> check(URI uri, HostPort trusted) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new AddressRefusedException("only http and https URLs are called, not '" + scheme + "': " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new AddressRefusedException("the URL has no host: " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new AddressRefusedException("URLs with credentials are not called: " + uri.getHost());
        }
        HostPort target = HostPort.of(uri);
        String host = target.host();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnresolvedHostException("unknown host " + host, e);
        }
        if (addresses.isEmpty()) {
            throw new UnresolvedHostException("host " + host + " resolves to no address", null);
        }
        if (target.equals(trusted) || allowed.contains(target)) {
            return List.copyOf(addresses);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new AddressRefusedException("host " + host + " resolves to a non-public address ("
                        + address.getHostAddress() + "); allow-list " + target + " to reach it");
            }
        }
        return List.copyOf(addresses);
    }

    /** Public unicast only: what a news site on the internet has. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(b);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0                                   // "this" network
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19))   // benchmarking
                || first >= 224);                                     // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses are judged by their IPv4 part.
        if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {                      // fc00::/7 unique local
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {      // fec0::/10 deprecated site-local
            return false;
        }
        if (first == 0x20 && b[1] == 0x02) {               // 2002::/16 6to4 embeds an IPv4 address
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        if (first == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) { // 64:ff9b::/96 NAT64
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8) { // documentation
            return false;
        }
        return true;
    }
}
