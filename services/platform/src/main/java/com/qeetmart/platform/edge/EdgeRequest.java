package com.qeetmart.platform.edge;

/**
 * What the edge's checks see of a request, free of any HTTP library's types.
 *
 * @param method        the request method
 * @param path          the raw path (no query), as the client sent it
 * @param host          the Host header, or null
 * @param origin        the Origin header, or null
 * @param preflight     whether it carries Access-Control-Request-Method
 * @param bearerToken   the token of an {@code Authorization: Bearer} header ({@link
 *                      com.qeetmart.platform.security.BearerTokens}), or null: read once, so every
 *                      check looks the same String up (its hash computed once per request)
 * @param clientAddress the client's address (behind trusted proxies, the forwarded one)
 * @param routeGroup    the route group of a proxied request ({@code products}), null for the gateway's own operations
 * @param servicePath   the path at the service of a proxied request ({@code /products/42}), else null
 */
public record EdgeRequest(String method, String path, String host, String origin, boolean preflight,
                          String bearerToken, String clientAddress, String routeGroup, String servicePath) {

    /** Whether the request goes on to a service (else the gateway answers it itself). */
    public boolean proxied() {
        return routeGroup != null;
    }
}
