package com.qeetmart.auth.session;

import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.api.model.TokenPairTokenType;

/** Issued tokens as the API shows them. */
public final class TokenPairs {

    private TokenPairs() {
    }

    public static TokenPair toApi(IssuedTokens tokens) {
        return new TokenPair(tokens.accessToken(), tokens.refreshToken(), TokenPairTokenType.BEARER,
                (int) tokens.accessTokenTtl().toSeconds());
    }
}
