package com.qeetmart.gateway.routing;

import java.net.URI;

/**
 * Where a request under {@code /api/v1} goes: the route group (the first path segment), the
 * upstream service that serves it, the service's base URL and the path on that service, and the
 * names its requests are observed under.
 */
public record Route(String group, String upstream, URI base, String upstreamPath, Names names) {

    /** A group's span route ({@code /api/v1/<group>}) and timer operation ({@code proxy <group>}). */
    record Names(String spanRoute, String operation) {

        static Names of(String group) {
            return new Names(RouteTable.PREFIX + "/" + group, "proxy " + group);
        }
    }
}
