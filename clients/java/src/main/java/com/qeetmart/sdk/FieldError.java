package com.qeetmart.sdk;

/** One invalid field of a request, as the API names it (e.g. {@code lines[0].quantity}). */
public record FieldError(String field, String message) {
}
