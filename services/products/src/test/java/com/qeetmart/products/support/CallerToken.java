package com.qeetmart.products.support;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import jakarta.inject.Singleton;

/**
 * The bearer token the generated products client sends in a test, if any: the generated client
 * has no security parameters, exactly as a partner's would not.
 */
@Singleton
@ClientFilter(serviceId = "products")
public class CallerToken {

    private volatile String token;

    public void use(String token) {
        this.token = token;
    }

    public void clear() {
        token = null;
    }

    @RequestFilter
    void addBearer(MutableHttpRequest<?> request) {
        String current = token;
        if (current != null) {
            request.bearerAuth(current);
        }
    }
}
