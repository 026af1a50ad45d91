package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.GatewaySettings;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which service serves which part of the public API. {@code /api/v1/<group>/...} goes to the
 * group's service as {@code /<group>/...}: the services own their paths, the gateway only adds
 * the version prefix.
 */
@Singleton
public class RouteTable {

    public static final String PREFIX = "/api/v1";

    // Route group -> upstream service name (a key of qeetmart.gateway.upstreams).
    private static final Map<String, String> GROUPS = Map.of(
            "auth", "auth",
            "users", "users",
            "products", "products",
            "categories", "products",
            "catalog", "products",
            "inventory", "inventory");
    // The names each group's requests are observed under, built once rather than on every request.
    private static final Map<String, Route.Names> NAMES = GROUPS.keySet().stream().collect(
            Collectors.toUnmodifiableMap(group -> group, Route.Names::of));

    private final Map<String, URI> upstreams;

    RouteTable(GatewaySettings settings) {
        this.upstreams = settings.upstreams();
        GROUPS.values().stream().filter(name -> !upstreams.containsKey(name)).findFirst().ifPresent(name -> {
            throw new ConfigurationException("No URL for upstream service '" + name + "' (qeetmart.gateway.upstreams)");
        });
        // Services are reached inside the cluster over plain HTTP; TLS ends at the ingress.
        upstreams.forEach((name, url) -> {
            if (!"http".equals(url.getScheme()) || url.getHost() == null) {
                throw new ConfigurationException("Upstream '" + name + "' must be an http://host:port URL, not " + url);
            }
        });
    }

    /** The route of a raw request path, or empty when no service serves it. */
    public Optional<Route> resolve(String rawPath) {
        if (!rawPath.startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        String upstreamPath = rawPath.substring(PREFIX.length());
        int end = upstreamPath.indexOf('/', 1);
        String group = end < 0 ? upstreamPath.substring(1) : upstreamPath.substring(1, end);
        String upstream = GROUPS.get(group);
        if (upstream == null) {
            return Optional.empty();
        }
        return Optional.of(new Route(group, upstream, upstreams.get(upstream), upstreamPath, NAMES.get(group)));
    }

    /** Every upstream service by name, for health probes. */
    public Map<String, URI> upstreams() {
        return upstreams;
    }
}
