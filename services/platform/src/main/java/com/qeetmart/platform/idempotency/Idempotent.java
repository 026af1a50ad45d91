package com.qeetmart.platform.idempotency;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating write that a client may repeat safely: with an {@code Idempotency-Key} (the method's
 * {@code idempotencyKey} argument, from the contract), the first request's answer is kept with
 * the write it made, in the same transaction; a repeat with the same key and the same request is
 * answered with it again ({@code Idempotent-Replayed: true}) and changes nothing, the same key with
 * another request is 422 {@code IDEMPOTENCY_KEY_REUSED}. Without a key the method runs as it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Idempotent {
}
