package com.qeetmart.products.product;

import com.qeetmart.products.catalog.Price;

import java.util.Map;
import java.util.UUID;

/** What a client wants a product to be, already checked against the schema. */
public record ProductDraft(String name, String description, String brand, UUID categoryId, ProductState state,
                           Price price, Map<String, String> attributes) {
}
