/**
 * The catalog: products, categories, variants, its change feed and webhooks (the products API).
 * Generated from contracts/openapi/products.yaml: one class per tag, each with an
 * {@code ...ApiWithPaging} subclass (which {@link com.qeetmart.sdk.QeetMart} hands out) adding an
 * auto-paging form to every paged list; the models in the {@code model} package.
 */
package com.qeetmart.sdk.products;
