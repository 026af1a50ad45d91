package com.qeetmart.auth.password;

import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.PasswordChange;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** New passwords are checked against the most common ones and the account's own email (NIST 800-63B). */
@MicronautTest(transactional = false)
class PasswordPolicyTest extends AuthTest {

    @Test
    void aCommonPasswordIsRefusedWhateverItsCaseAndNoAccountIsMade() {
        String email = uniqueEmail();
        for (String common : new String[] {"password1234", "PassWord1234", "1qaz2wsx3edc"}) {
            Problem problem = problemOf(422, () -> accounts.register(new Credentials(email, common)));
            assertEquals("PASSWORD_TOO_COMMON", problem.getCode());
            assertEquals("password", problem.getErrors().get(0).getField());
        }
        assertEquals(0, DB.count("SELECT count(*) FROM account"));
    }

    @Test
    void aPasswordBuiltOnTheEmailOrTheServiceNameIsRefused() {
        assertEquals("PASSWORD_CONTAINS_IDENTITY", problemOf(422,
                () -> accounts.register(new Credentials("margaret.hale@example.test", "Margaret.Hale!2024"))).getCode());
        assertEquals("PASSWORD_CONTAINS_IDENTITY", problemOf(422,
                () -> accounts.register(new Credentials(uniqueEmail(), "my qeetmart password"))).getCode());
    }

    @Test
    void aChangeToACommonPasswordIsRefusedAndTheOldOneStillWorks() {
        String email = uniqueEmail();
        caller.use(register(email).getAccessToken());
        Problem problem = problemOf(422, () -> accounts.changePassword(new PasswordChange(PASSWORD, "qwerty123456")));
        assertEquals("PASSWORD_TOO_COMMON", problem.getCode());
        assertEquals("newPassword", problem.getErrors().get(0).getField());
        caller.clear();
        login(email, PASSWORD);
    }
}
