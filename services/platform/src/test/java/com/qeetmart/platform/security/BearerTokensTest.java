package com.qeetmart.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.qeetmart.platform.framing.PlainRequest;
import com.qeetmart.platform.framing.StrictServerCodec;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

/** One reading of the bearer scheme for every stage that checks tokens itself. */
class BearerTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def", "bearer abc.def", "BEARER abc.def", "Bearer   abc.def  "})
    void theSchemeIsCaseInsensitiveAndTheTokenTrimmed(String authorization) {
        assertEquals("abc.def", BearerTokens.tokenOf(authorization));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearerabc", "Token abc"})
    void anythingElseCarriesNoToken(String authorization) {
        assertNull(BearerTokens.tokenOf(authorization));
    }

    @Test
    void noHeaderCarriesNoToken() {
        assertNull(BearerTokens.tokenOf((String) null));
        assertNull(BearerTokens.tokenOf(plainRequest("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def", "bearer abc.def", "BEARER abc.def", "Bearer   abc.def  ", "Bearer \tabc.def",
        "", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearerabc", "Token abc", "Bearer a b"})
    void aPlainRequestsLineIsReadAsTheDecodedHeaderIs(String authorization) {
        HttpRequest request = plainRequest("Authorization: " + authorization + "\r\n");
        String decoded = BearerTokens.tokenOf(authorization.strip());
        assertEquals(decoded, BearerTokens.tokenOf(request));
        assertEquals(decoded, BearerTokens.tokenOf(request.headers().get(HttpHeaderNames.AUTHORIZATION)), "Netty's reading");
    }

    private static HttpRequest plainRequest(String headerLines) {
        EmbeddedChannel channel = new EmbeddedChannel(new StrictServerCodec(new HttpDecoderConfig()));
        channel.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: a\r\n" + headerLines + "\r\n", StandardCharsets.ISO_8859_1));
        HttpRequest request = channel.readInbound();
        assertInstanceOf(PlainRequest.class, request);
        channel.finishAndReleaseAll();
        return request;
    }
}
