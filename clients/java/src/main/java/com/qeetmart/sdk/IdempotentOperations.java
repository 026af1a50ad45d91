package com.qeetmart.sdk;

import com.qeetmart.sdk.auth.AccountsApiIdempotentOperations;
import com.qeetmart.sdk.auth.AdministrationApiIdempotentOperations;
import com.qeetmart.sdk.auth.SigningKeysApiIdempotentOperations;
import com.qeetmart.sdk.auth.SessionsApiIdempotentOperations;
import com.qeetmart.sdk.inventory.ReservationsApiIdempotentOperations;
import com.qeetmart.sdk.inventory.StockApiIdempotentOperations;
import com.qeetmart.sdk.products.CategoriesApiIdempotentOperations;
import com.qeetmart.sdk.products.ProductsApiIdempotentOperations;
import com.qeetmart.sdk.products.VariantsApiIdempotentOperations;
import com.qeetmart.sdk.users.AddressesApiIdempotentOperations;
import com.qeetmart.sdk.users.PreferencesApiIdempotentOperations;
import com.qeetmart.sdk.users.ProfilesApiIdempotentOperations;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The calls that honour an {@code Idempotency-Key}, as the contracts say (each generated API's
 * {@code …IdempotentOperations}). A call to one of them without a key gets one of its own, made
 * once and reused by every retry, so that the SDK may retry it as safely as a GET.
 */
record IdempotentOperations(String basePath, List<Operation> operations) {

    static final String HEADER = "Idempotency-Key";

    /** One operation that honours a key: its method and its path under the base URL. */
    record Operation(String method, Pattern path) {
    }

    static IdempotentOperations under(String baseUrl) {
        List<Operation> all = Stream.of(AccountsApiIdempotentOperations.ALL, SessionsApiIdempotentOperations.ALL,
                        AdministrationApiIdempotentOperations.ALL, SigningKeysApiIdempotentOperations.ALL,
                        ProfilesApiIdempotentOperations.ALL,
                        AddressesApiIdempotentOperations.ALL, PreferencesApiIdempotentOperations.ALL,
                        CategoriesApiIdempotentOperations.ALL, ProductsApiIdempotentOperations.ALL,
                        VariantsApiIdempotentOperations.ALL, StockApiIdempotentOperations.ALL,
                        ReservationsApiIdempotentOperations.ALL)
                .flatMap(Arrays::stream).map(IdempotentOperations::operation).toList();
        String path = URI.create(baseUrl).getRawPath();
        return new IdempotentOperations(path == null ? "" : path.replaceAll("/+$", ""), all);
    }

    /** {@code request} with a key of its own when it is to such an operation and has none. */
    HttpRequest keyed(HttpRequest request) {
        if (request.headers().firstValue(HEADER).isPresent() || !honoursKey(request)) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).header(HEADER, UUID.randomUUID().toString()).build();
    }

    boolean honoursKey(HttpRequest request) {
        String path = request.uri().getRawPath();
        if (path == null || !path.startsWith(basePath)) {
            return false;
        }
        String operationPath = path.substring(basePath.length());
        return operations.stream().anyMatch(operation -> operation.method().equals(request.method())
                && operation.path().matcher(operationPath).matches());
    }

    // "POST /products/{productId}/variants": any one segment where the contract has a parameter.
    private static Operation operation(String declared) {
        String[] parts = declared.split(" ", 2);
        String regex = Arrays.stream(parts[1].split("/", -1))
                .map(segment -> segment.matches("\\{[^/]+}") ? "[^/]+" : Pattern.quote(segment))
                .reduce((a, b) -> a + "/" + b).orElse("");
        return new Operation(parts[0], Pattern.compile(regex));
    }
}
