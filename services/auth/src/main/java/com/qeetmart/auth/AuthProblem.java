package com.qeetmart.auth;

import com.qeetmart.platform.errors.ProblemCode;

/**
 * Every error the auth service's own rules answer with; each is a problem {@code type} of its own
 * (the code in kebab case under {@code /problems/}), named in the contract of each operation that answers it.
 */
public enum AuthProblem implements ProblemCode {
    EMAIL_TAKEN("Email already registered"),
    INVALID_CREDENTIALS("Wrong email or password"),
    INVALID_REFRESH_TOKEN("Refresh token not accepted"),
    REFRESH_TOKEN_REUSED("Refresh token used twice"),
    SIGN_IN_THROTTLED("Too many failed sign-ins"),
    SIGN_IN_BUSY("Too many sign-ins at once"),
    PASSWORD_RESET_THROTTLED("Too many password-reset requests"),
    RESET_TOKEN_INVALID("Reset token not accepted"),
    CURRENT_PASSWORD_INCORRECT("Current password is wrong"),
    PASSWORD_TOO_COMMON("Password too common"),
    PASSWORD_CONTAINS_IDENTITY("Password contains the email or service name"),
    ROLE_REQUIRED("Role cannot be removed"),
    SIGNING_KEY_CONFIGURED("Signing key managed by configuration"),
    ADDRESS_BLOCK_INVALID("Address block not understood");

    private final String title;

    AuthProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
