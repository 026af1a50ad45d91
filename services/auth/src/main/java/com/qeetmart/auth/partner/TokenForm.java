package com.qeetmart.auth.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What RFC 6749 forbids in a token request's form beyond its values: a parameter sent twice
 * (section 3.2: the binding would read only the first, so {@code grant_type=client_credentials&
 * grant_type=password} would pass as the first), and a second way of authenticating the client
 * (section 2.3: {@code client_secret} in the body beside HTTP Basic). Unknown parameters are
 * ignored, as the RFC says.
 */
final class TokenForm {

    private static final List<String> NAMED = List.of("grant_type", "scope", "client_id", "client_secret");

    private TokenForm() {
    }

    /** Why the form (as Micronaut read it: repeated parameters as lists) is refused; empty when it is not. */
    static Optional<String> problemOf(Object form) {
        if (!(form instanceof Map<?, ?> parameters)) {
            return Optional.empty();
        }
        for (String name : NAMED) {
            if (parameters.get(name) instanceof Collection<?> values && values.size() > 1) {
                return Optional.of(name + " is sent more than once");
            }
        }
        if (parameters.containsKey("client_secret")) {
            return Optional.of("The client authenticates with HTTP Basic only, not also with client_secret in the body");
        }
        return Optional.empty();
    }
}
