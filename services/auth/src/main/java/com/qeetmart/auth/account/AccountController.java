package com.qeetmart.auth.account;

import com.qeetmart.auth.api.AccountsApi;
import com.qeetmart.auth.api.model.Account;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.PasswordChange;
import com.qeetmart.auth.api.model.PasswordResetConfirmation;
import com.qeetmart.auth.api.model.PasswordResetRequest;
import com.qeetmart.auth.api.model.Role;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.password.PasswordResetService;
import com.qeetmart.auth.session.CallerSession;
import com.qeetmart.auth.session.TokenPairs;
import com.qeetmart.platform.http.ClientOrigins;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import static com.qeetmart.platform.time.Timestamps.utc;


@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountsApi {

    private final AccountService accounts;
    private final PasswordResetService resets;
    private final CallerSession caller;
    private final ClientOrigins origins;

    AccountController(AccountService accounts, PasswordResetService resets, CallerSession caller,
                      ClientOrigins origins) {
        this.accounts = accounts;
        this.resets = resets;
        this.caller = caller;
        this.origins = origins;
    }

    @Override
    public HttpResponse<TokenPair> register(Credentials credentials) {
        return HttpResponse.status(HttpStatus.CREATED).body(TokenPairs.toApi(
                accounts.register(credentials.getEmail(), credentials.getPassword(), origins.current(),
                        origins.callerWaiting())));
    }

    @Override
    public HttpResponse<Account> getCurrentAccount() {
        return HttpResponse.ok(toApi(accounts.get(caller.current().accountId())));
    }

    @Override
    public HttpResponse<Void> changePassword(PasswordChange change) {
        accounts.changePassword(caller.current(), change.getCurrentPassword(), change.getNewPassword(),
                origins.current());
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> requestPasswordReset(PasswordResetRequest request) {
        resets.request(request.getEmail(), origins.current().ipAddress());
        return HttpResponse.accepted();
    }

    @Override
    public HttpResponse<Void> confirmPasswordReset(PasswordResetConfirmation confirmation) {
        resets.confirm(confirmation.getToken(), confirmation.getNewPassword());
        return HttpResponse.noContent();
    }

    static Account toApi(AccountData account) {
        return new Account(account.id(), account.email(), account.roles().stream().map(Role::valueOf).toList(),
                utc(account.createdAt()));
    }
}
