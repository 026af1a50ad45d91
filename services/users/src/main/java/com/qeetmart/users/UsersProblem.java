package com.qeetmart.users;

import com.qeetmart.platform.errors.ProblemCode;

/**
 * Every error the users service's own rules answer with; each is a problem {@code type} of its own
 * (the code in kebab case under {@code /problems/}), named in the contract of each operation that answers it.
 */
public enum UsersProblem implements ProblemCode {
    ADDRESS_BOOK_FULL("Address book full"),
    DEFAULT_ADDRESS_REQUIRED("A default address is required"),
    UNKNOWN_COUNTRY("Unknown country"),
    INVALID_LANGUAGE_TAG("Invalid language tag"),
    UNKNOWN_CURRENCY("Unknown currency");

    private final String title;

    UsersProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
