package com.qeetmart.platform.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The stage rewrites only an Accept-Encoding that could buy an encoding we never answer with. */
class AcceptEncodingStageTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new AcceptEncodingStage().handlerFor(null));

    @Test
    void aWildcardNoLongerAdmitsSnappy() {
        FullHttpRequest request = request("*");
        channel.writeInbound(request);
        FullHttpRequest passed = channel.readInbound();
        assertEquals(List.of(AcceptEncodings.sanitized("*")), passed.headers().getAll("Accept-Encoding"));
        passed.release();
    }

    @Test
    void anOrdinaryHeaderPassesUntouched() {
        FullHttpRequest request = request("gzip, br");
        channel.writeInbound(request);
        FullHttpRequest passed = channel.readInbound();
        assertSame(request, passed);
        assertEquals("gzip, br", passed.headers().get("Accept-Encoding"));
        passed.release();
    }

    private static FullHttpRequest request(String acceptEncoding) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/");
        request.headers().set("Accept-Encoding", acceptEncoding);
        return request;
    }
}
