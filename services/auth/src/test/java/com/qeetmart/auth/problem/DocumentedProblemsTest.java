package com.qeetmart.auth.problem;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.platform.testing.DocumentedProblems;
import org.junit.jupiter.api.Test;

/** Every error the service answers with is in its contract, under its own type and title. */
class DocumentedProblemsTest {

    @Test
    void everyErrorIsDocumentedWithItsTypeAndTitle() {
        DocumentedProblems.assertEveryCodeDocumented(AuthProblem.class, "auth.yaml");
    }
}
