package com.qeetmart.platform.testing;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import jakarta.inject.Singleton;

/**
 * The bearer token the generated clients send in a test, if any: generated clients have no
 * security parameters, exactly as a partner's would not. A request that already carries an
 * Authorization header keeps it.
 */
@Singleton
@ClientFilter
public class CallerToken {

    private volatile String token;

    public void use(String token) {
        this.token = token;
    }

    /** The token in use, or null. */
    public String current() {
        return token;
    }

    public void clear() {
        token = null;
    }

    @RequestFilter
    void addBearer(MutableHttpRequest<?> request) {
        String current = token;
        if (current != null && !request.getHeaders().contains("Authorization")) {
            request.bearerAuth(current);
        }
    }
}
