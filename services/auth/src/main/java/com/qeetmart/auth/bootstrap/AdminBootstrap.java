package com.qeetmart.auth.bootstrap;

import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.account.AccountRepository;
import com.qeetmart.auth.account.AccountService;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an administrator exists from the start: with QEETMART_ADMIN_EMAIL and
 * QEETMART_ADMIN_PASSWORD set, that account is created with roles USER and ADMIN, or given ADMIN
 * if it already exists (its password is then left as it is).
 */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final int MIN_PASSWORD = 12;

    private final AuthSettings.Admin admin;
    private final AccountRepository accounts;
    private final AccountService accountService;

    AdminBootstrap(AuthSettings settings, AccountRepository accounts, AccountService accountService) {
        this.admin = settings.admin();
        this.accounts = accounts;
        this.accountService = accountService;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureAdmin();
    }

    /** Creates or promotes the configured administrator; does nothing when none is configured. */
    public void ensureAdmin() {
        if (admin == null || blank(admin.email()) || blank(admin.password())) {
            return;
        }
        if (admin.password().length() < MIN_PASSWORD) {
            throw new IllegalStateException("QEETMART_ADMIN_PASSWORD must have at least " + MIN_PASSWORD + " characters");
        }
        var existing = accounts.findByEmail(admin.email());
        if (existing.isPresent()) {
            accountService.grantRole(existing.get().id(), "ADMIN");
        } else if (accountService.create(admin.email(), admin.password(), new String[] {"ADMIN", "USER"}).isEmpty()) {
            // Another replica created it in between: make sure it is an admin.
            accountService.grantRole(accounts.findByEmail(admin.email()).orElseThrow().id(), "ADMIN");
        }
        LOG.info("Administrator account {} is ready", admin.email());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
