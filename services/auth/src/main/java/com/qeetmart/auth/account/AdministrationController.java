package com.qeetmart.auth.account;

import com.qeetmart.auth.api.AdministrationApi;
import com.qeetmart.auth.api.model.Account;
import com.qeetmart.auth.api.model.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AdministrationController implements AdministrationApi {

    private final AccountService accounts;

    AdministrationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public HttpResponse<Account> grantRole(UUID userId, Role role) {
        return HttpResponse.ok(AccountController.toApi(accounts.grantRole(userId, role.getValue())));
    }

    @Override
    public HttpResponse<Account> revokeRole(UUID userId, Role role) {
        return HttpResponse.ok(AccountController.toApi(accounts.revokeRole(userId, role.getValue())));
    }
}
