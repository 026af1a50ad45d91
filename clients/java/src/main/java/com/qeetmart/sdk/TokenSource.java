package com.qeetmart.sdk;

/**
 * Where the access token of every call comes from: a person's session ({@link TokenSession}), a
 * partner application's client credentials ({@link ClientCredentialsSession}), a token the
 * caller provides ({@link TokenProvider}), or one fixed token.
 */
interface TokenSource {

    /** The access token to send now. */
    String accessToken();

    /** After the API answered 401 to {@code rejected}: a new access token, or null when none can be had. */
    String renewAfterRejection(String rejected);

    /** A token used as given, never renewed. */
    static TokenSource fixed(String accessToken) {
        return new TokenSource() {
            @Override
            public String accessToken() {
                return accessToken;
            }

            @Override
            public String renewAfterRejection(String rejected) {
                return null;
            }
        };
    }

    /** The caller's own token, asked for on every call, and once more after a 401. */
    static TokenSource provided(TokenProvider provider) {
        return new TokenSource() {
            @Override
            public String accessToken() {
                return provider.accessToken();
            }

            @Override
            public String renewAfterRejection(String rejected) {
                String renewed = provider.accessToken();
                return renewed == null || renewed.equals(rejected) ? null : renewed;
            }
        };
    }
}
