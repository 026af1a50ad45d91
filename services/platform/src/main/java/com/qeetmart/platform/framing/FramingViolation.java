package com.qeetmart.platform.framing;

import io.netty.handler.codec.DecoderException;

/**
 * Framing the decoder refuses beyond Netty's own rules: a request with both Content-Length and
 * Transfer-Encoding, or a chunk size a 64-bit reader and a 32-bit one would read differently. The
 * message says what, for the client's 400.
 */
final class FramingViolation extends DecoderException {

    FramingViolation(String detail) {
        super(detail);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an answer to a client's bytes, not a fault of ours: no stack trace to pay for
    }
}
