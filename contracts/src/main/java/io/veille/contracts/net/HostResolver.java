package io.veille.contracts.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** DNS as a seam, so that the guard can be tested with names that resolve to private addresses. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
