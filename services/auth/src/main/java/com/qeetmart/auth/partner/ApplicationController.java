package com.qeetmart.auth.partner;

import com.qeetmart.auth.api.ApplicationsApi;
import com.qeetmart.auth.api.model.ApplicationChange;
import com.qeetmart.auth.api.model.ApplicationCredentials;
import com.qeetmart.auth.api.model.ApplicationList;
import com.qeetmart.auth.api.model.ApplicationQuotas;
import com.qeetmart.auth.api.model.ApplicationRequest;
import com.qeetmart.auth.api.model.ApplicationSecret;
import com.qeetmart.auth.api.model.PartnerApplication;
import com.qeetmart.auth.api.model.PartnerScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

/** Administrators register, read, change, rotate and delete partner applications (the contract's `applications`). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ApplicationController implements ApplicationsApi {

    private final ApplicationStore store;

    ApplicationController(ApplicationStore store) {
        this.store = store;
    }

    @Override
    public HttpResponse<ApplicationCredentials> createApplication(ApplicationRequest request) {
        ApplicationData.Issued issued = store.create(new ApplicationData.Draft(request.getName(), scopes(request.getScopes()),
                addresses(request.getAllowedAddresses()), quotas(request.getQuotas())));
        return HttpResponse.created(credentials(issued), URI.create("/auth/applications/" + issued.application().clientId()));
    }

    @Override
    public HttpResponse<ApplicationList> listApplications() {
        return HttpResponse.ok(new ApplicationList(store.all().stream().map(ApplicationController::toApi).toList()));
    }

    @Override
    public HttpResponse<PartnerApplication> getApplication(UUID clientId) {
        return HttpResponse.ok(toApi(store.find(clientId)));
    }

    @Override
    public HttpResponse<PartnerApplication> changeApplication(UUID clientId, ApplicationChange change) {
        return HttpResponse.ok(toApi(store.change(clientId, new ApplicationData.Draft(change.getName(),
                change.getScopes() == null ? null : scopes(change.getScopes()), addresses(change.getAllowedAddresses()),
                quotas(change.getQuotas())))));
    }

    @Override
    public HttpResponse<ApplicationCredentials> rotateApplicationSecret(UUID clientId) {
        return HttpResponse.ok(credentials(store.rotate(clientId)));
    }

    @Override
    public HttpResponse<Void> deleteApplication(UUID clientId) {
        store.delete(clientId);
        return HttpResponse.noContent();
    }

    private static List<String> scopes(Collection<PartnerScope> scopes) {
        return scopes.stream().map(PartnerScope::getValue).distinct().toList();
    }

    private static Quotas quotas(ApplicationQuotas quotas) {
        return quotas == null ? null : new Quotas(quotas.getRequestsPerMinute(), quotas.getLiveReservations(),
                quotas.getUnitsPerProduct());
    }

    private static List<String> addresses(Collection<String> addresses) {
        return addresses == null ? null : List.copyOf(addresses);
    }

    private static ApplicationCredentials credentials(ApplicationData.Issued issued) {
        return new ApplicationCredentials(toApi(issued.application()), issued.application().clientId(), issued.secret())
                .previousSecretsExpireAt(issued.previousSecretsExpireAt() == null ? null : utc(issued.previousSecretsExpireAt()));
    }

    static PartnerApplication toApi(ApplicationData application) {
        return new PartnerApplication(application.clientId(), application.name(),
                application.scopes().stream().map(PartnerScope::fromValue).toList(), new LinkedHashSet<>(application.allowedAddresses()),
                new ApplicationQuotas().requestsPerMinute(application.quotas().requestsPerMinute())
                        .liveReservations(application.quotas().liveReservations())
                        .unitsPerProduct(application.quotas().unitsPerProduct()),
                application.secrets().stream().map(secret -> new ApplicationSecret(utc(secret.createdAt()))
                        .expiresAt(secret.expiresAt() == null ? null : utc(secret.expiresAt()))).toList(),
                utc(application.createdAt()), utc(application.updatedAt()));
    }
}
