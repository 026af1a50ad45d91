package com.qeetmart.products.category;

import com.qeetmart.platform.events.outbox.EventDraft;
import com.qeetmart.platform.events.outbox.Outbox;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * A category's events, written in the transaction of the change, with the category as
 * {@code GET /categories/{id}} shows it and its version after the change as the sequence.
 */
@Singleton
class CategoryEvents {

    private final Outbox outbox;

    CategoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(CategoryData category) {
        append("category.created", category, category.version(), category.updatedAt());
    }

    void updated(CategoryData category) {
        append("category.updated", category, category.version(), category.updatedAt());
    }

    void deleted(CategoryData last, Instant at) {
        append("category.deleted", last, last.version() + 1, at);
    }

    private void append(String type, CategoryData category, long sequence, Instant at) {
        outbox.append(new EventDraft(type, category.id(), sequence, null, at, CategoryController.toApi(category)));
    }
}
