package com.qeetmart.products.catalog;

import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.products.ProductsProblem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prices as a client sends and reads them. */
class PriceTest {

    @Test
    void amountsShowAtLeastTheCurrencysFractionDigitsAndNeverLoseAny() {
        assertEquals("20.00", Price.of("20", "EUR", "price").formattedAmount());
        assertEquals("19.90", Price.of("19.9", "EUR", "price").formattedAmount());
        assertEquals("19.9999", Price.of("19.9999", "EUR", "price").formattedAmount(), "more digits than usual are kept");
        assertEquals("1500", Price.of("1500", "JPY", "price").formattedAmount(), "a currency without minor units");
        assertEquals("1.250", Price.of("1.25", "BHD", "price").formattedAmount(), "three minor digits");
        assertEquals("20.00", Price.of("20.000", "EUR", "price").formattedAmount(), "trailing zeros past them go");
    }

    @Test
    void anUnknownCurrencyIsRefusedNamingTheField() {
        UnprocessableException refused = assertThrows(UnprocessableException.class,
                () -> Price.of("1.00", "ZZZ", "variants[0].price"));
        assertEquals(ProductsProblem.UNKNOWN_CURRENCY, refused.code());
        assertEquals("variants[0].price.currency", refused.fields().get(0).field());
        assertTrue(refused.getMessage().contains("ZZZ"), refused.getMessage());
    }
}
