package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpstreamHeadTest {

    @Test
    void writesTheRequestLineThePassedOnHeadersAndItsOwnThenTheBlankLine() {
        HttpHeaders client = new DefaultHttpHeaders().add("Accept", "application/json").add("Cookie", "a=b")
                .add("X-Kept", "caf\u00e9");
        UpstreamHead head = new UpstreamHead(UnpooledByteBufAllocator.DEFAULT, HttpMethod.GET, "/users/me?x=1");
        head.passOn(client, name -> "cookie".equalsIgnoreCase(name.toString()));
        head.add("X-Forwarded-Prefix", "/api/v1");

        assertEquals("GET /users/me?x=1 HTTP/1.1\r\nAccept: application/json\r\nX-Kept: caf\u00e9\r\n"
                + "X-Forwarded-Prefix: /api/v1\r\n\r\n", written(head));
    }

    @Test
    void aCharacterBeyondIso88591IsAQuestionMarkNeverItsLowByte() {
        // U+010D's low byte is 0x0D: written as it, the value would end its line (a header injected).
        UpstreamHead head = new UpstreamHead(UnpooledByteBufAllocator.DEFAULT, HttpMethod.GET, "/");
        head.add("X-Name", "\u010dX-Injected: 1");

        assertEquals("GET / HTTP/1.1\r\nX-Name: ?X-Injected: 1\r\n\r\n", written(head));
    }

    @Test
    void aHeadLargerThanItsFirstRoomIsWrittenWhole() {
        String large = "v".repeat(5000);
        UpstreamHead head = new UpstreamHead(UnpooledByteBufAllocator.DEFAULT, HttpMethod.POST, "/orders");
        head.add("X-Large", large);
        head.add("X-After", "1");

        assertEquals("POST /orders HTTP/1.1\r\nX-Large: " + large + "\r\nX-After: 1\r\n\r\n", written(head));
    }

    private static String written(UpstreamHead head) {
        ByteBuf buf = head.end();
        try {
            return buf.toString(StandardCharsets.ISO_8859_1);
        } finally {
            buf.release();
        }
    }
}
