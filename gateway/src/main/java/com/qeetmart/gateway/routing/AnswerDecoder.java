package com.qeetmart.gateway.routing;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpStatusClass;

/**
 * Reads a service's answers on an upstream connection. The requests go out already written
 * ({@link UpstreamHead}), so no encoder stands in the pipeline to tell the decoder which request an
 * answer belongs to; the call says it instead ({@link #answering}): an answer to HEAD has no body,
 * whatever its Content-Length says (RFC 9110 section 9.3.2). A connection carries one request at
 * a time, so the last one named is the one answered.
 */
final class AnswerDecoder extends HttpResponseDecoder {

    // The services' answers are not re-validated header by header: they are ours, and the
    // headers the stage adds are constants or were validated when the client's request was read.
    // A whole answer head fits the decoder's first buffer (it otherwise grows from 128 bytes each time).
    private static final HttpDecoderConfig ANSWERS = new HttpDecoderConfig()
            .setInitialBufferSize(4096)
            .setHeadersFactory(DefaultHttpHeadersFactory.headersFactory().withValidation(false));

    private boolean answeringHead;

    AnswerDecoder() {
        super(ANSWERS);
    }

    /** The request the next answer on this connection is to. */
    void answering(HttpMethod method) {
        answeringHead = HttpMethod.HEAD.equals(method);
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage msg) {
        // An interim (1xx) answer is followed by the final one, which is the HEAD's answer.
        boolean interim = ((HttpResponse) msg).status().codeClass() == HttpStatusClass.INFORMATIONAL;
        return !interim && answeringHead || super.isContentAlwaysEmpty(msg);
    }
}
