package com.qeetmart.auth.session;

import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.Race;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@MicronautTest(transactional = false)
class RefreshTokenTest extends AuthTest {

    private TokenPair refresh(String token) {
        return sessions.refreshTokens(new RefreshRequest(token)).body();
    }

    @Test
    void refreshRotatesTheRefreshTokenWithinTheSameSession() {
        TokenPair first = register(uniqueEmail());
        TokenPair second = refresh(first.getRefreshToken());

        assertNotEquals(first.getRefreshToken(), second.getRefreshToken());
        assertEquals(claimsOf(first.getAccessToken()).getClaim("sid"), claimsOf(second.getAccessToken()).getClaim("sid"));
        assertEquals(1, DB.count("SELECT count(*) FROM session"));
        assertEquals(0, DB.count("SELECT count(*) FROM refresh_token WHERE token_hash::text LIKE '%"
                + second.getRefreshToken() + "%'"), "only hashes are stored");
    }

    @Test
    void reusingAUsedRefreshTokenEndsTheWholeFamily() {
        TokenPair first = register(uniqueEmail());
        TokenPair second = refresh(first.getRefreshToken());

        Problem reuse = problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(first.getRefreshToken())));
        assertEquals("REFRESH_TOKEN_REUSED", reuse.getCode());

        // The thief's (or owner's) newer token is dead too, and so is the session's access token here.
        Problem newer = problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(second.getRefreshToken())));
        assertEquals("INVALID_REFRESH_TOKEN", newer.getCode());
        caller.use(second.getAccessToken());
        problemOf(401, () -> accounts.getCurrentAccount());
        assertEquals(1, DB.count("SELECT count(*) FROM session WHERE end_reason = 'refresh token reused'"));
    }

    @Test
    void ofTwoRacingRefreshesWithOneTokenExactlyOneSucceeds() throws Exception {
        TokenPair first = register(uniqueEmail());
        int racers = 8;
        List<Integer> codes = Race.of(racers, () -> {
            try {
                return sessions.refreshTokens(new RefreshRequest(first.getRefreshToken())).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(racers - 1, codes.stream().filter(c -> c == 401).count(), codes.toString());
    }

    @Test
    void refreshTokenIsNeverAcceptedAsAnAccessToken() {
        TokenPair tokens = register(uniqueEmail());
        caller.use(tokens.getRefreshToken());
        assertEquals("/problems/unauthorized", problemOf(401, () -> accounts.getCurrentAccount()).getType());
    }

    @Test
    void unknownRefreshTokenIs401() {
        assertEquals("INVALID_REFRESH_TOKEN",
                problemOf(401, () -> sessions.refreshTokens(new RefreshRequest("made-up"))).getCode());
    }

    @Test
    void expiredRefreshTokenIs401() {
        TokenPair tokens = register(uniqueEmail());
        DB.execute("UPDATE refresh_token SET expires_at = now() - interval '1 second'");
        assertEquals("INVALID_REFRESH_TOKEN",
                problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(tokens.getRefreshToken()))).getCode());
    }
}
