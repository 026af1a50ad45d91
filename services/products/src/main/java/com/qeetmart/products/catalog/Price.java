package com.qeetmart.products.catalog;

import com.qeetmart.products.ProductsProblem;
import com.qeetmart.platform.errors.UnprocessableException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** A price: a non-negative decimal amount in an ISO 4217 currency. */
public record Price(BigDecimal amount, String currency) {

    /**
     * Parses the wire form. The schema has already checked the shape of both strings; what it
     * cannot check is that the currency really exists, which is answered as 422.
     */
    public static Price of(String amount, String currency, String field) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(ProductsProblem.UNKNOWN_CURRENCY, field + ".currency",
                    currency + " is not an ISO 4217 currency code");
        }
        return new Price(new BigDecimal(amount), currency);
    }

    /** The amount as a string with at least the currency's usual fraction digits ("20.00"). */
    public String formattedAmount() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        int scale = Math.max(digits, Math.max(stripped.scale(), 0));
        return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
