package com.qeetmart.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of items and where it sits in the whole result. {@code hasNext} is always exact;
 * {@code totalElements} may be an estimate for results too large to count quickly. Controllers
 * turn it into the contracts' page body with {@link ApiPages}.
 */
public record PageResult<T>(List<T> items, PageRequest request, long totalElements, boolean totalExact,
                            boolean hasNext) {

    /** A page of a result whose size is known exactly. */
    public static <T> PageResult<T> exact(List<T> items, PageRequest request, long totalElements) {
        return new PageResult<>(items, request, totalElements, true,
                request.offset() + items.size() < totalElements);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), request, totalElements, totalExact, hasNext);
    }
}
