package com.qeetmart.auth.password;

import java.time.Instant;

/** Delivers a password-reset token to the account's owner (by e-mail, in production). */
public interface PasswordResetNotifier {

    void send(String email, String token, Instant expiresAt);
}
