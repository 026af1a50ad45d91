package com.qeetmart.bench.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-ins at the allowed rate from many addresses (issue: three addresses took auth down): each
 * of ADDRESSES clients (X-Forwarded-For, auth trusting this host as its proxy) signs in with a
 * valid password RATE times a second for SECONDS, the gateway's 300 a minute per address, while
 * a bystander refreshes its session every 100 ms and signs in once a second. Reports the answers
 * the flood got, the bystander's latencies, and auth's CPU per second of the run.
 * Usage: SignInFlood BASE_URL AUTH_PID
 */
public final class SignInFlood {

    static final int ADDRESSES = 10;
    static final int RATE = 5;
    static final int SECONDS = 10;
    static final String PASSWORD = "benchmark passphrase 42";

    private SignInFlood() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String email = "flood-" + System.nanoTime() + "@example.test";
        String credentials = "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}";
        String bystander = "bystander-" + System.nanoTime() + "@example.test";
        String bystanderCredentials = "{\"email\": \"" + bystander + "\", \"password\": \"" + PASSWORD + "\"}";
        send(http, post(base + "/auth/register", credentials, "198.51.100.200"));
        String refresh = refreshTokenOf(send(http, post(base + "/auth/register", bystanderCredentials, "198.51.100.201")).body());

        Map<Integer, AtomicInteger> flood = new ConcurrentHashMap<>();
        List<Long> refreshes = Collections.synchronizedList(new ArrayList<>());
        List<String> bystanderSignIns = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        long cpuBefore = cpuTicks(pid);
        long started = System.nanoTime();
        for (int a = 0; a < ADDRESSES; a++) {
            String address = "203.0.113." + (a + 1);
            clock.scheduleAtFixedRate(() -> http.sendAsync(post(base + "/auth/login", credentials, address), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> flood.computeIfAbsent(response == null ? -1 : response.statusCode(),
                            status -> new AtomicInteger()).incrementAndGet()), a * 20L, 1000 / RATE, TimeUnit.MILLISECONDS);
        }
        String[] current = {refresh};
        clock.scheduleWithFixedDelay(() -> {
            long t0 = System.nanoTime();
            HttpResponse<String> answer = send(http, post(base + "/auth/refresh", "{\"refreshToken\": \"" + current[0] + "\"}", "198.51.100.201"));
            refreshes.add(answer.statusCode() == 200 ? System.nanoTime() - t0 : Long.MAX_VALUE);
            if (answer.statusCode() == 200) {
                current[0] = refreshTokenOf(answer.body());
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        clock.scheduleWithFixedDelay(() -> {
            long t0 = System.nanoTime();
            int status = send(http, post(base + "/auth/login", bystanderCredentials, "198.51.100.202")).statusCode();
            bystanderSignIns.add(status + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }, 500, 1000, TimeUnit.MILLISECONDS);
        clock.awaitTermination(SECONDS, TimeUnit.SECONDS);
        clock.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (cpuTicks(pid) - cpuBefore) / 100.0;

        System.out.printf("sign-in flood: %d addresses x %d/s for %d s: answers %s%n", ADDRESSES, RATE, SECONDS, new TreeMap<>(flood));
        System.out.printf("auth CPU: %.2f cores on average (%.1f s of CPU in %.1f s)%n", cpu / seconds, cpu, seconds);
        List<Long> sorted = new ArrayList<>(refreshes);
        Collections.sort(sorted);
        long failed = sorted.stream().filter(n -> n == Long.MAX_VALUE).count();
        System.out.printf("bystander refresh: %d calls, %d failed, p50 %.1f ms, p99 %.1f ms%n", sorted.size(), failed,
                percentile(sorted, 0.50), percentile(sorted, 0.99));
        System.out.println("bystander sign-ins: " + bystanderSignIns);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }

    private static long cpuTicks(long pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ", 2)[1].split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime (fields 14, 15)
    }

    private static String refreshTokenOf(String tokenPair) {
        int at = tokenPair.indexOf("\"refreshToken\"");
        int start = tokenPair.indexOf('"', tokenPair.indexOf(':', at) + 1) + 1;
        return tokenPair.substring(start, tokenPair.indexOf('"', start));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest post(String url, String json, String forwardedFor) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
