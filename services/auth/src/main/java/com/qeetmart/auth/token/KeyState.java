package com.qeetmart.auth.token;

/** Where a published key is in its lifecycle. */
public enum KeyState {
    /** In the JWKS so that verifiers fetch it; signs nothing yet. */
    PUBLISHED,
    /** Signs every new token. */
    SIGNING,
    /** A newer key signs; stays in the JWKS until every token it signed has expired. */
    RETIRED
}
