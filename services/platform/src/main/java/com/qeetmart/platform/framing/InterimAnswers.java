package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Interim (1xx) answers such as {@code 100 Continue}, encoded by hand: they are not the answer to a request. */
final class InterimAnswers {

    private InterimAnswers() {
    }

    /** A 1xx answer but 101 (a protocol switch ends the HTTP/1.1 exchange and is never sent here). */
    static boolean isInterim(FullHttpResponse response) {
        HttpResponseStatus status = response.status();
        return status.codeClass() == HttpStatusClass.INFORMATIONAL && status.code() != 101;
    }

    /** The answer's bytes (an interim answer has no body); the answer itself is released. */
    static ByteBuf encode(FullHttpResponse interim, ByteBufAllocator alloc) {
        try {
            StringBuilder head = new StringBuilder(64).append("HTTP/1.1 ").append(interim.status().code()).append(' ')
                    .append(interim.status().reasonPhrase()).append("\r\n");
            for (Map.Entry<String, String> header : interim.headers()) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
            byte[] bytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            return alloc.buffer(bytes.length).writeBytes(bytes);
        } finally {
            interim.release();
        }
    }
}
