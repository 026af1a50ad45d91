package com.qeetmart.products.category;

import java.util.UUID;

/** What a client wants a category to be, already checked against the schema. */
public record CategoryDraft(String name, String slug, String description, UUID parentId) {
}
