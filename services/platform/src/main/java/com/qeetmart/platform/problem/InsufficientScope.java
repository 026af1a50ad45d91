package com.qeetmart.platform.problem;

import com.qeetmart.platform.security.ApplicationTokens;
import com.qeetmart.platform.security.RouteRequirements;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Optional;

/**
 * Why a partner application was refused an operation: the scopes its contract names for
 * applications (none: the operation is for people only), for the 403 {@code INSUFFICIENT_SCOPE}
 * and its {@code WWW-Authenticate: Bearer error="insufficient_scope"} challenge (RFC 6750 3.1).
 * The services' refusal and the gateway's edge check say it in the same words.
 */
public record InsufficientScope(List<String> scopes) {

    /** Present when the refused caller is an application. */
    static Optional<InsufficientScope> of(HttpRequest<?> request) {
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (caller.isEmpty() || !ApplicationTokens.isApplication(caller.get().getAttributes())) {
            return Optional.empty();
        }
        List<String> scopes = RouteRequirements.of(request).stream().filter(ApplicationTokens::isScope).toList();
        return Optional.of(new InsufficientScope(scopes));
    }

    public String detail() {
        return scopes.isEmpty() ? "This operation is not open to partner applications"
                : "This application's token holds none of the scopes this operation needs: " + String.join(", ", scopes);
    }

    public String challenge() {
        String challenge = "Bearer error=\"insufficient_scope\"";
        return scopes.isEmpty() ? challenge : challenge + ", scope=\"" + String.join(" ", scopes) + "\"";
    }
}
