package com.qeetmart.products.variant;

import com.qeetmart.products.catalog.Price;

import java.util.Map;

/** What a client wants a variant to be, already checked against the schema. */
public record VariantDraft(String sku, String name, Price price, Map<String, String> attributes) {
}
