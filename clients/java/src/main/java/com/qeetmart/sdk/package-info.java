/**
 * The SDK's own layer: {@link com.qeetmart.sdk.QeetMart} (the entry point), sign-in and tokens,
 * retries and deadlines, the exceptions every call throws, paging, the ETag cache, observing,
 * tracing, a pluggable transport, the change feed and webhook signatures. The generated clients
 * live in one package per API ({@code com.qeetmart.sdk.products}, ...), their models in its
 * {@code model} package; schemas every API shares in {@code com.qeetmart.sdk.common.model}.
 */
package com.qeetmart.sdk;
