package com.qeetmart.bench.auth;

import com.qeetmart.auth.password.PasswordHasher;
import com.qeetmart.bench.support.Load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * The auth benchmark: the time of one Argon2id hash with the service's parameters (in this JVM),
 * then sign-ins per second over HTTP against a running auth service.
 * Usage: AuthBench BASE_URL
 */
public final class AuthBench {

    private static final String PASSWORD = "benchmark passphrase 42";

    private AuthBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        timeHash();

        String email = "bench-" + System.nanoTime() + "@example.test";
        String credentials = "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}";
        HttpResponse<String> registered = HttpClient.newHttpClient().send(post(base + "/auth/register", credentials),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register answered " + registered.statusCode() + ": " + registered.body());
        }
        Load load = new Load();
        load.send(2, 20, n -> post(base + "/auth/login", credentials), 200);
        Load.report("POST /auth/login, 1 client", load.send(1, 100, n -> post(base + "/auth/login", credentials), 200));
        Load.report("POST /auth/login, 2 clients", load.send(2, 100, n -> post(base + "/auth/login", credentials), 200));
        Load.report("POST /auth/login, 4 clients, one address (2 admitted at once)", load.send(4, 50, n -> post(base + "/auth/login", credentials), 200));
    }

    private static void timeHash() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(PASSWORD);
        for (int i = 0; i < 10; i++) {
            hasher.verify(PASSWORD, hash);
        }
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            hasher.verify(PASSWORD, hash);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("Argon2id m=19456 KiB t=2 p=1: one hash p50=%.1f ms, min=%.1f ms, max=%.1f ms (%s)%n",
                nanos[15] / 1e6, nanos[0] / 1e6, nanos[29] / 1e6, hash.substring(0, 30) + "...");
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
