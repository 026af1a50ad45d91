package com.qeetmart.products;

import com.qeetmart.platform.errors.ProblemCode;

/**
 * Every error the catalog's own rules answer with; each is a problem {@code type} of its own
 * (the code in kebab case under {@code /problems/}), named in the contract of each operation that answers it.
 */
public enum ProductsProblem implements ProblemCode {
    SKU_TAKEN("SKU already used"),
    SLUG_TAKEN("Category slug already used"),
    CATEGORY_NOT_FOUND("Category not found"),
    CATEGORY_CYCLE("Category would be its own ancestor"),
    CATEGORY_IN_USE("Category in use"),
    UNKNOWN_CURRENCY("Unknown currency");

    private final String title;

    ProductsProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
