package com.qeetmart.gateway.routing;

import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.gateway.GatewaySettings;
import com.qeetmart.gateway.edge.PublicOperations;
import com.qeetmart.gateway.ratelimit.RateLimiter;
import com.qeetmart.gateway.web.CorsPolicy;
import com.qeetmart.platform.http.ClientOrigins;
import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.security.CachingTokenValidator;
import jakarta.inject.Singleton;

/**
 * Everything the proxy stage consults, in one bean: the same policies the gateway's Micronaut
 * filters apply to its own operations (CORS, rate limit, client address), the contracts' public
 * operations, the platform's token check, metrics and tracing.
 */
@Singleton
final class ProxyContext {

    final RouteTable routes;
    final ProxySettings settings;
    final CorsPolicy cors;
    final RateLimiter rateLimiter;
    final boolean rateLimited;
    final PublicOperations publicOperations;
    final CachingTokenValidator tokens;
    final ClientOrigins origins;
    final UpstreamPools pools;
    final UpstreamReadiness readiness;
    final UpstreamRequests upstreamRequests;
    final UpstreamFailures failures;
    final NettyProblems problems;
    final OperationTimers timers;
    final EdgeTracing tracing;

    @SuppressWarnings("checkstyle:ParameterNumber") // a holder: one constructor argument per collaborator
    ProxyContext(RouteTable routes, ProxySettings settings, CorsPolicy cors, RateLimiter rateLimiter,
                 GatewaySettings gateway, PublicOperations publicOperations, CachingTokenValidator tokens,
                 ClientOrigins origins, UpstreamPools pools, UpstreamReadiness readiness, UpstreamRequests upstreamRequests,
                 UpstreamFailures failures, NettyProblems problems, OperationTimers timers, EdgeTracing tracing) {
        this.routes = routes;
        this.settings = settings;
        this.cors = cors;
        this.rateLimiter = rateLimiter;
        this.rateLimited = gateway.rateLimit().enabled();
        this.publicOperations = publicOperations;
        this.tokens = tokens;
        this.origins = origins;
        this.pools = pools;
        this.readiness = readiness;
        this.upstreamRequests = upstreamRequests;
        this.failures = failures;
        this.problems = problems;
        this.timers = timers;
        this.tracing = tracing;
    }
}
