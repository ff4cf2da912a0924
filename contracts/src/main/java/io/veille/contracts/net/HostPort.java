package io.veille.contracts.net;

import java.net.URI;
import java.util.Locale;

/**
 * A host and a port: what an allow-list entry names, so that trusting a site on loopback or a
 * private network never trusts every other service on that machine.
 *
 * @param host lower case, without brackets around an IPv6 literal or a trailing dot
 * @param port the port a URL without one implies for its scheme (80, 443)
 */
public record HostPort(String host, int port) {

    public HostPort {
        host = normalizeHost(host);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("a host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
    }

    /** Where a URL's request goes; its port is the scheme's default when the URL names none. */
    public static HostPort of(URI uri) {
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return new HostPort(uri.getHost(), port);
    }

    /**
     * An allow-list entry: {@code host:port}, {@code 127.0.0.1:8080} or {@code [::1]:8080}. The port
     * is required, since an entry exists to let a private or loopback address through.
     */
    public static HostPort parse(String entry) {
        String e = entry.strip();
        int colon = e.lastIndexOf(':');
        boolean bracketed = e.startsWith("[");
        if (colon < 0 || (bracketed && colon < e.indexOf(']')) || (!bracketed && e.indexOf(':') != colon)) {
            throw new IllegalArgumentException("allow-list entry '" + entry + "' needs a port: write host:port,"
                    + " e.g. 127.0.0.1:8080 or [::1]:8080");
        }
        try {
            return new HostPort(e.substring(0, colon), Integer.parseInt(e.substring(colon + 1)));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("allow-list entry '" + entry + "' has no valid port after its last ':'");
        }
    }

    static String normalizeHost(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
