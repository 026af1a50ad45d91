package com.qeetmart.platform.paging;

/** A page of a result, numbered from 0. */
public record PageRequest(int number, int size) {

    public PageRequest {
        if (number < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    public static PageRequest of(Integer number, Integer size) {
        return new PageRequest(number == null ? 0 : number, size == null ? 20 : size);
    }

    public long offset() {
        return (long) number * size;
    }
}
