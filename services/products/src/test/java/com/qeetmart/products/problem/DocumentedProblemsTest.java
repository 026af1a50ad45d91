package com.qeetmart.products.problem;

import com.qeetmart.platform.testing.DocumentedProblems;
import com.qeetmart.products.ProductsProblem;
import org.junit.jupiter.api.Test;

/** Every error the service answers with is in its contract, under its own type and title. */
class DocumentedProblemsTest {

    @Test
    void everyErrorIsDocumentedWithItsTypeAndTitle() {
        DocumentedProblems.assertEveryCodeDocumented(ProductsProblem.class, "products.yaml");
    }
}
