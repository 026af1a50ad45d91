package com.qeetmart.products.product;

import com.qeetmart.platform.events.outbox.EventDraft;
import com.qeetmart.platform.events.outbox.Outbox;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * A product's events, written in the transaction of the change: its data is the product as
 * {@code GET /products/{id}} shows it (the same mapping), its sequence the product's version after
 * the change (a deletion raises the version and carries the product as it was last).
 */
@Singleton
class ProductEvents {

    private final Outbox outbox;

    ProductEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(ProductData product) {
        append("product.created", product, product.version(), product.updatedAt());
    }

    void updated(ProductData product) {
        append("product.updated", product, product.version(), product.updatedAt());
    }

    void deleted(ProductData last, Instant at) {
        append("product.deleted", last, last.version() + 1, at);
    }

    private void append(String type, ProductData product, long sequence, Instant at) {
        outbox.append(new EventDraft(type, product.id(), sequence, null, at, ProductController.toApi(product)));
    }
}
