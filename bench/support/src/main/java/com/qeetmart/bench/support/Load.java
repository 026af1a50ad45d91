package com.qeetmart.bench.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Drives requests from a number of client threads and records every latency. */
public final class Load {

    public record Result(List<Long> latenciesNanos, long errors, double seconds) {

        public double percentileMillis(double p) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        public double throughput() {
            return latenciesNanos.size() / seconds;
        }
    }

    /** One line of a report: name, count, errors, percentiles and throughput. */
    public static void report(String name, Result result) {
        System.out.printf("%-34s n=%6d errors=%d  p50=%6.2f ms  p95=%6.2f ms  p99=%6.2f ms  %8.0f req/s%n",
                name, result.latenciesNanos().size(), result.errors(), result.percentileMillis(50),
                result.percentileMillis(95), result.percentileMillis(99), result.throughput());
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Each client thread sends {@code perClient} GETs, the n-th to {@code urlOf.apply(n)}. */
    public Result run(int clients, int perClient, IntFunction<String> urlOf) throws Exception {
        return send(clients, perClient, n -> HttpRequest.newBuilder(URI.create(urlOf.apply(n)))
                .timeout(Duration.ofSeconds(10)).GET().build(), 200);
    }

    /** Each client thread sends {@code perClient} requests; answers other than {@code ok} count as errors. */
    public Result send(int clients, int perClient, IntFunction<HttpRequest> requestOf, int ok) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perClient + 1];
                long errors = 0;
                for (int i = 0; i < perClient; i++) {
                    HttpRequest request = requestOf.apply(client * perClient + i);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != ok) {
                        errors++;
                    }
                }
                latencies[perClient] = errors;
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> future : futures) {
            long[] latencies = future.get();
            for (int i = 0; i < perClient; i++) {
                all.add(latencies[i]);
            }
            errors += latencies[perClient];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(all, errors, seconds);
    }
}
