package com.qeetmart.platform.paging;

import com.qeetmart.common.api.model.PageMetadata;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The controllers' side of paging: a domain {@link PageResult} as the contracts' page body (its
 * items in the API's type beside the shared {@code PageMetadata}). The domain side never sees the
 * generated types.
 */
public final class ApiPages {

    private ApiPages() {
    }

    /** {@code ApiPages.of(result, ProductController::toApi, ProductPage::new)}. */
    public static <T, A, P> P of(PageResult<T> result, Function<T, A> toApi,
                                 BiFunction<List<A>, PageMetadata, P> page) {
        return page.apply(result.items().stream().map(toApi).toList(), metadata(result));
    }

    static PageMetadata metadata(PageResult<?> result) {
        PageRequest request = result.request();
        int totalPages = (int) ((result.totalElements() + request.size() - 1) / request.size());
        return new PageMetadata(request.number(), request.size(), result.totalElements(), result.totalExact(),
                totalPages, result.hasNext());
    }
}
