package com.qeetmart.gateway.routing;

/** A request a route serves: its raw path and query, and the route. */
record Routed(RequestTarget target, Route route) {
}
