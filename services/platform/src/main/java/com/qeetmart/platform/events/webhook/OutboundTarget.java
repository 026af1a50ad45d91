package com.qeetmart.platform.events.webhook;

import java.net.InetAddress;
import java.net.URI;

/**
 * Where a delivery goes, after {@link OutboundUrls} checked it: the address it resolved to (the
 * connection goes there and nowhere else, so a name that resolves again to a private address
 * cannot redirect it), the port, whether TLS is used, and the Host and request target to send.
 */
public record OutboundTarget(URI url, InetAddress address, int port, boolean tls, String host, String hostHeader,
                             String requestTarget) {
}
