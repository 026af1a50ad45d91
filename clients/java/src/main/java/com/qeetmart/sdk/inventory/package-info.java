/**
 * Stock and reservations, the inventory's change feed and webhooks (the inventory API).
 * Generated from contracts/openapi/inventory.yaml: one class per tag, each with an
 * {@code ...ApiWithPaging} subclass (which {@link com.qeetmart.sdk.QeetMart} hands out) adding an
 * auto-paging form to every paged list; the models in the {@code model} package.
 */
package com.qeetmart.sdk.inventory;
