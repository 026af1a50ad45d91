package com.qeetmart.bench.inventory;

import com.qeetmart.bench.support.Load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the inventory benchmark that need a program (the hot reservation rate itself is
 * driven by wrk, reserve.lua, which costs the machine far less than a Java client would):
 * {@code token AUTH_URL} registers a bench user and prints its access token ({@code tokens AUTH_URL N}:
 * N users, a token a line; {@code admin-token AUTH_URL EMAIL PASSWORD}: the administrator's); {@code checks
 * INVENTORY_URL TOKEN JDBC_URL HOT_PRODUCT_ID SCARCE_PRODUCT_ID} measures a cached stock read and
 * then checks for overselling: many more single-unit reservations than units by the buyers of
 * BENCH_TOKENS, counting how many got through.
 */
public final class InventoryBench {

    private static final int CLIENTS = 64;
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private InventoryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("token")) {
            System.out.println(register(args[1]));
            return;
        }
        if (args[0].equals("admin-token")) {
            System.out.println(signIn(args[1], args[2], args[3]));
            return;
        }
        if (args[0].equals("tokens")) {
            for (int i = Integer.parseInt(args[2]); i > 0; i--) {
                System.out.println(register(args[1]));
            }
            return;
        }
        String inventory = args[1];
        String token = args[2];
        String jdbc = args[3];
        UUID hot = UUID.fromString(args[4]);
        UUID scarce = UUID.fromString(args[5]);
        Load load = new Load();

        // The ceiling of the HTTP + token path alone: an authenticated read served from Redis.
        java.util.function.IntFunction<HttpRequest> read = n -> HttpRequest.newBuilder(
                URI.create(inventory + "/inventory/" + hot)).header("Authorization", "Bearer " + token).GET().build();
        load.send(16, 200, read, 200);
        Load.report("GET stock (cached), 64 clients", load.send(CLIENTS, 100, read, 200));

        long scarceUnits = single(jdbc, "SELECT on_hand - reserved FROM stock WHERE product_id = '" + scarce + "'");
        // Buyers in turn (BENCH_TOKENS): each may hold 5 live reservations, so together they ask for
        // more units than there are, and the hold limits, on at their defaults, are not what refuses.
        String[] buyers = System.getenv("BENCH_TOKENS").trim().split("\\s+");
        Load.Result rush = load.send(CLIENTS, 40, n -> reserve(inventory, buyers[n % buyers.length], scarce), 201);
        long granted = rush.latenciesNanos().size() - rush.errors();
        long reserved = single(jdbc, "SELECT reserved FROM stock WHERE product_id = '" + scarce + "'");
        long onHand = single(jdbc, "SELECT on_hand FROM stock WHERE product_id = '" + scarce + "'");
        System.out.printf("oversell check: %d units, %d requests, %d granted, reserved=%d on_hand=%d, oversold=%d%n",
                scarceUnits, rush.latenciesNanos().size(), granted, reserved, onHand,
                Math.max(0, granted - scarceUnits) + Math.max(0, reserved - onHand));
    }

    private static HttpRequest reserve(String base, String token, UUID product) {
        String body = "{\"orderId\": \"" + UUID.randomUUID() + "\", \"lines\": [{\"productId\": \"" + product
                + "\", \"quantity\": 1}]}";
        return HttpRequest.newBuilder(URI.create(base + "/inventory/reservations")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String register(String auth) throws Exception {
        String body = "{\"email\": \"bench-" + UUID.randomUUID() + "@example.test\", \"password\": \"benchmark passphrase\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(auth + "/auth/register")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("register answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    private static String signIn(String auth, String email, String password) throws Exception {
        String body = "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(auth + "/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("login answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    private static long single(String jdbc, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
