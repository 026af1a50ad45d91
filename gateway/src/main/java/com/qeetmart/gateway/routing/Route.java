package com.qeetmart.gateway.routing;

import java.net.URI;

/**
 * Where a request under {@code /api/v1} goes: the route group (the first path segment), the
 * upstream service that serves it, the service's base URL and the path on that service.
 */
public record Route(String group, String upstream, URI base, String upstreamPath) {
}
