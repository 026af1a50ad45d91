package com.qeetmart.contracts.diff.finding;

/**
 * Where a change is: the operation, the area of it, and a readable pointer inside that area, such
 * as {@code response 200 application/json $.items[].price} or {@code query parameter size}.
 */
public record Location(OperationRef operation, Area area, String detail) {

    public static Location of(OperationRef operation, Area area, String detail) {
        return new Location(operation, area, detail);
    }
}
