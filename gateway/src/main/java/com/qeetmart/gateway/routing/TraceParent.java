package com.qeetmart.gateway.routing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} sent upstream. A valid incoming one keeps its trace id (the caller's
 * trace goes on); otherwise the trace id is the correlation id when that is a UUID, so logs and
 * traces of one request share one id. The gateway's hop gets a new span id.
 */
final class TraceParent {

    private static final Pattern VALID = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String INVALID_TRACE = "00000000000000000000000000000000";
    private static final String INVALID_SPAN = "0000000000000000";

    private TraceParent() {
    }

    static String forUpstream(String incoming, String correlationId) {
        String traceId = null;
        String flags = "01";
        if (incoming != null) {
            var match = VALID.matcher(incoming.trim());
            if (match.matches() && !INVALID_TRACE.equals(match.group(1)) && !INVALID_SPAN.equals(match.group(2))) {
                traceId = match.group(1);
                flags = match.group(3);
            }
        }
        if (traceId == null) {
            traceId = UUID.matcher(correlationId).matches()
                    ? correlationId.replace("-", "").toLowerCase()
                    : randomHex(16);
        }
        return "00-" + traceId + "-" + randomHex(8) + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        if (random[0] == 0) {
            random[0] = 1; // all-zero ids are invalid
        }
        return HexFormat.of().formatHex(random);
    }
}
