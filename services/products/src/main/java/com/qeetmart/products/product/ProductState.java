package com.qeetmart.products.product;

/** Where a product is in its life: only ACTIVE products are shown to the public. */
public enum ProductState {
    DRAFT, ACTIVE, ARCHIVED
}
