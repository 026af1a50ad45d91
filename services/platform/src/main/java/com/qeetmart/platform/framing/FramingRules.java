package com.qeetmart.platform.framing;

import com.qeetmart.platform.problem.ProblemKind;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.util.Iterator;
import java.util.List;

/**
 * HTTP/1.1's framing rules (RFC 9112) for a request head as the decoder read it: what is refused,
 * and with which status. Every refusal ends the connection (after the answers owed before it),
 * because what follows a head read wrongly cannot be told from a request: that is how a body
 * becomes a smuggled request behind a proxy that framed it differently.
 */
final class FramingRules {

    /** Why a head is refused. */
    record Refusal(ProblemKind kind, String detail) {
    }

    private FramingRules() {
    }

    /** The refusal of a request head, or null when it is well framed. */
    static Refusal judge(HttpRequest head) {
        DecoderResult decoded = head.decoderResult();
        if (!decoded.isSuccess()) {
            Throwable cause = decoded.cause();
            if (cause instanceof TooLongHttpLineException) {
                return new Refusal(ProblemKind.URI_TOO_LONG, "The request line is longer than this server reads");
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return new Refusal(ProblemKind.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "The request's headers are larger than this server reads");
            }
            if (cause instanceof FramingViolation) {
                return new Refusal(ProblemKind.MALFORMED_REQUEST, cause.getMessage());
            }
            return new Refusal(ProblemKind.MALFORMED_REQUEST, "The request could not be read as HTTP/1.1");
        }
        if (head instanceof PlainRequest) {
            return null; // read only when it keeps these rules (PlainRequests): its header map is not built to check them again
        }
        HttpHeaders headers = head.headers();
        boolean http10 = head.protocolVersion().equals(HttpVersion.HTTP_1_0);
        // Counted and looked for without a list of values each (a list per request showed in the gateway's profile).
        Iterator<? extends CharSequence> hosts = headers.valueCharSequenceIterator(HttpHeaderNames.HOST);
        boolean noHost = !hosts.hasNext();
        if (noHost ? !http10 : hostsAfterFirst(hosts)) {
            return new Refusal(ProblemKind.MALFORMED_REQUEST, "A request must carry exactly one Host header (RFC 9112 section 3.2)");
        }
        if (!headers.contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            return null;
        }
        List<String> codings = headers.getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (http10) {
            return new Refusal(ProblemKind.MALFORMED_REQUEST,
                    "An HTTP/1.0 request cannot carry Transfer-Encoding (RFC 9112 section 6.1)");
        }
        if (codings.size() != 1 || !codings.get(0).equals("chunked")) {
            return new Refusal(ProblemKind.MALFORMED_REQUEST,
                    "Transfer-Encoding must be exactly 'chunked', once (RFC 9112 section 6.1)");
        }
        return null;
    }

    private static boolean hostsAfterFirst(Iterator<? extends CharSequence> hosts) {
        hosts.next();
        return hosts.hasNext();
    }
}
