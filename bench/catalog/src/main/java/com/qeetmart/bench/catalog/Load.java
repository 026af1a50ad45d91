package com.qeetmart.bench.catalog;

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

/** Drives GET requests from a number of client threads and records every latency. */
final class Load {

    record Result(List<Long> latenciesNanos, long errors, double seconds) {

        double percentileMillis(double p) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        double throughput() {
            return latenciesNanos.size() / seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Each client thread sends {@code perClient} requests, the n-th to {@code urlOf.apply(n)}. */
    Result run(int clients, int perClient, IntFunction<String> urlOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perClient + 1];
                long errors = 0;
                for (int i = 0; i < perClient; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urlOf.apply(client * perClient + i)))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
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
