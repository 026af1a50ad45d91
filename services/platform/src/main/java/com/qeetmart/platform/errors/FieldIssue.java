package com.qeetmart.platform.errors;

/** One field of a request that a domain rule refused: its path as the client sent it ({@code lines[0].quantity}). */
public record FieldIssue(String field, String message) {
}
