package com.qeetmart.platform.pipeline;

/**
 * Every Netty stage the platform adds to a connection, in the order they stand in its pipeline:
 * all of them after the HTTP/1.1 codec ({@link ServerCodec}; they read decoded requests) and before Micronaut's
 * request handler (what they leave goes on to it unchanged). {@link EdgePipeline} installs them in
 * this order and no other; a stage is present where a {@link StageProvider} offers it.
 */
public enum PlatformStage {

    /**
     * First: HTTP/1.1's framing rules (a head the decoder refused, 414 or 431 for its size; Host
     * exactly once; Transfer-Encoding exactly chunked and never on HTTP/1.0), before any stage
     * behind it takes an ill-framed request for one it can route or read. It also sees every
     * answer go out, so a refusal keeps its place in the order of answers.
     */
    FRAMING("qeetmart-framing"),
    /**
     * Before anything that reads {@code Accept-Encoding}: the proxy forwards it, Micronaut's
     * compressor obeys it; both must see it without the encodings we never answer with.
     */
    ACCEPT_ENCODING("qeetmart-accept-encoding"),
    /**
     * A service's reads by key, answered at the cost of Netty and JDBC. Last before Micronaut: it
     * shares the connection with it and keeps answers in request order ({@link SharedConnectionStage}).
     */
    DIRECT_READ("qeetmart-direct-read"),
    /**
     * A service's hottest writes (a flash sale's reservations), answered at the cost of Netty, a
     * JSON parse and a group commit. Behind the direct read, which passes it what it leaves (and
     * counts its answers as Micronaut's, keeping their order); before Micronaut for the same reason.
     */
    DIRECT_WRITE("qeetmart-direct-write"),
    /**
     * The gateway's routed requests, proxied on the connection's own event loop. Last before
     * Micronaut for the same reason as the direct read (the gateway has no direct reads or writes).
     */
    PROXY("qeetmart-proxy");

    private final String handlerName;

    PlatformStage(String handlerName) {
        this.handlerName = handlerName;
    }

    /** The stage's name in the pipeline. */
    public String handlerName() {
        return handlerName;
    }
}
