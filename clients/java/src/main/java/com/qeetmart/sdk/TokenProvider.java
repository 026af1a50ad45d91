package com.qeetmart.sdk;

/**
 * The access token to send, from your own code: a token your backend already manages (a vault, a
 * shared cache, another process that renews it). The SDK asks for it before every call and, after
 * a 401, once more: return the current token quickly (cache it yourself), and a new one once the
 * one you gave was refused. See {@link QeetMart.Builder#tokenProvider(TokenProvider)}.
 */
@FunctionalInterface
public interface TokenProvider {

    /** A valid access token now; it may be the same as last time. */
    String accessToken();
}
