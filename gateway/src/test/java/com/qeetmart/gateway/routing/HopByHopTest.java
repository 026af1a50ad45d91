package com.qeetmart.gateway.routing;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a service's answer loses on its way to the client: the headers of its connection, no more. */
class HopByHopTest {

    @Test
    void anAnswerLosesEveryHeaderOfItsConnectionWhateverTheCaseAndKeepsTheRest() {
        HttpHeaders headers = new DefaultHttpHeaders()
                .add("Content-Type", "application/json")
                .add("connection", "keep-alive, X-Session-Hint")
                .add("Keep-Alive", "timeout=5")
                .add("PROXY-CONNECTION", "keep-alive")
                .add("Proxy-Authenticate", "Basic")
                .add("Proxy-Authorization", "Basic e30=")
                .add("TE", "trailers")
                .add("Trailer", "Expires")
                .add("upgrade", "h2c")
                .add("x-session-hint", "sticky")
                .add("Connection-Token", "kept: only named like a hop-by-hop header")
                .add("ETag", "\"7\"")
                .add("Keep-Alive", "max=100");

        HopByHop.strip(headers);

        assertEquals(List.of(Map.entry("Content-Type", "application/json"),
                        Map.entry("Connection-Token", "kept: only named like a hop-by-hop header"),
                        Map.entry("ETag", "\"7\"")),
                headers.entries());
    }

    @Test
    void anAnswerWithoutThemIsLeftAsItIs() {
        HttpHeaders headers = new DefaultHttpHeaders().add("Content-Length", "2").add("Date", "today");

        HopByHop.strip(headers);

        assertEquals(List.of(Map.entry("Content-Length", "2"), Map.entry("Date", "today")), headers.entries());
    }
}
