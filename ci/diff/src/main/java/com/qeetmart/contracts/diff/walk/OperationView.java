package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.spec.ClientBound;
import com.qeetmart.contracts.diff.spec.Resolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of one spec, with references followed and path-level settings applied. */
public record OperationView(OperationRef ref, Operation operation, PathItem pathItem, OpenAPI model,
                            Resolver resolver) {

    /**
     * Parameters by {@code "<in> parameter <name>"}: the path item's, overridden by the
     * operation's, as OpenAPI defines (header names are already lower case: WireForm).
     */
    public Map<String, Parameter> parameters() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        addAll(pathItem.getParameters(), parameters);
        addAll(operation.getParameters(), parameters);
        return parameters;
    }

    /** A webhook or callback: the API sends its request and reads the client's response. */
    public boolean sentToClient() {
        return ClientBound.is(pathItem);
    }

    public RequestBody requestBody() {
        return operation.getRequestBody() == null ? null : resolver.requestBody(operation.getRequestBody());
    }

    /** Responses by status code ({@code 200}, {@code 4XX}, {@code default}). */
    public Map<String, ApiResponse> responses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> responses.put(status, resolver.response(response)));
        }
        return responses;
    }

    /**
     * The requirements a caller must meet, any one of them: the operation's own list, else the
     * spec's global one. An empty list, or one holding an empty requirement, means public.
     */
    public List<SecurityRequirement> security() {
        if (operation.getSecurity() != null) {
            return operation.getSecurity();
        }
        return model.getSecurity() == null ? List.of() : model.getSecurity();
    }

    public boolean isPublic() {
        List<SecurityRequirement> security = security();
        return security.isEmpty() || security.stream().anyMatch(Map::isEmpty);
    }

    private void addAll(List<Parameter> declared, Map<String, Parameter> into) {
        if (declared == null) {
            return;
        }
        for (Parameter raw : declared) {
            Parameter parameter = resolver.parameter(raw);
            into.put(parameter.getIn() + " parameter " + parameter.getName(), parameter);
        }
    }
}
