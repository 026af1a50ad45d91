package com.qeetmart.users.problem;

import com.qeetmart.platform.testing.DocumentedProblems;
import com.qeetmart.users.UsersProblem;
import org.junit.jupiter.api.Test;

/** Every error the service answers with is in its contract, under its own type and title. */
class DocumentedProblemsTest {

    @Test
    void everyErrorIsDocumentedWithItsTypeAndTitle() {
        DocumentedProblems.assertEveryCodeDocumented(UsersProblem.class, "users.yaml");
    }
}
