package com.qeetmart.sdk;

import com.qeetmart.sdk.products.ProductsApi.APISearchProductsRequest;
import com.qeetmart.sdk.products.model.Product;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paged list's generated auto-paging form walks every page, lazily, with the request's filters. */
class AutoPagingTest {

    private static final int LAST_PAGE = 2;
    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    private final QeetMart sdk = QeetMart.builder().baseUrl("https://api.example.test/api/v1").accessToken("t0k")
            .transport(request -> {
                sent.add(request);
                Matcher page = PAGE.matcher(request.uri().getRawQuery());
                int number = page.find() ? Integer.parseInt(page.group(1)) : 0;
                return Transport.Response.json(200, pageOfTwo(number));
            }).build();

    @Test
    void everyItemFromTheRequestsPageToTheLastWithItsFilters() {
        List<String> names = sdk.products().searchProductsAll(APISearchProductsRequest.newBuilder().q("trail").page(1).size(2).build())
                .map(Product::getName).toList();

        assertEquals(List.of("product 1.0", "product 1.1", "product 2.0", "product 2.1"), names);
        assertEquals(2, sent.size(), "pages 1 and 2, and no page after the last");
        for (HttpRequest request : sent) {
            assertTrue(request.uri().getRawQuery().contains("q=trail"), request.uri().toString());
            assertTrue(request.uri().getRawQuery().contains("size=2"), request.uri().toString());
        }
    }

    @Test
    void aPageIsFetchedOnlyWhenItsItemsAreReached() {
        List<Product> first = sdk.products().searchProductsAll(APISearchProductsRequest.newBuilder().build()).limit(2).toList();

        assertEquals(2, first.size());
        assertEquals(1, sent.size(), "the second page was never asked for");
    }

    private static String pageOfTwo(int number) {
        String items = IntStream.range(0, 2).mapToObj(i -> "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"product "
                + number + "." + i + "\",\"status\":\"ACTIVE\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                + "\"attributes\":{},\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}")
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"page\":{\"number\":" + number + ",\"size\":2,\"totalElements\":6,"
                + "\"totalElementsExact\":true,\"totalPages\":3,\"hasNext\":" + (number < LAST_PAGE) + "}}";
    }
}
