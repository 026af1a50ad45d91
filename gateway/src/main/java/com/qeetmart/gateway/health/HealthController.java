package com.qeetmart.gateway.health;

import com.qeetmart.gateway.api.HealthApi;
import com.qeetmart.gateway.api.model.GatewayHealth;
import com.qeetmart.gateway.api.model.GatewayHealthStatus;
import com.qeetmart.gateway.api.model.OverallStatus;
import com.qeetmart.gateway.api.model.ServiceHealth;
import com.qeetmart.gateway.api.model.ServiceHealthStatus;
import com.qeetmart.gateway.api.model.ServicesHealth;
import com.qeetmart.platform.time.Timestamps;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

@Controller
class HealthController implements HealthApi {

    private final ServiceProbes probes;

    HealthController(ServiceProbes probes) {
        this.probes = probes;
    }

    @Override
    public HttpResponse<GatewayHealth> getGatewayHealth() {
        return HttpResponse.ok(new GatewayHealth(GatewayHealthStatus.OK, "gateway", Timestamps.utc(Timestamps.now())));
    }

    @Override
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<ServicesHealth> getServicesHealth() {
        Map<String, ServiceHealth> services = probes.probeAll();
        boolean allUp = services.values().stream().allMatch(service -> service.getStatus() == ServiceHealthStatus.UP);
        ServicesHealth body = new ServicesHealth(allUp ? OverallStatus.OK : OverallStatus.DEGRADED,
                Timestamps.utc(Timestamps.now()), services);
        return HttpResponse.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
