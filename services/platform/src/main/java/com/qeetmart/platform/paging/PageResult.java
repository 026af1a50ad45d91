package com.qeetmart.platform.paging;

import com.qeetmart.common.api.model.PageMetadata;

import java.util.List;
import java.util.function.Function;

/** One page of items and where it sits in the whole result. */
public record PageResult<T>(List<T> items, PageRequest request, long totalElements) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), request, totalElements);
    }

    /** The shared page schema of every API. */
    public PageMetadata metadata() {
        int totalPages = (int) ((totalElements + request.size() - 1) / request.size());
        return new PageMetadata(request.number(), request.size(), totalElements, totalPages);
    }
}
