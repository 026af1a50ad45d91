package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.function.Function;

/**
 * Follows {@code #/components/...} references within one parsed spec. After swagger-parser's
 * resolve step every reference is internal; one that is not was left dangling and is an error.
 */
public final class Resolver {

    // A chain of refs to refs longer than this is a cycle, not a design.
    private static final int MAX_HOPS = 32;

    private final OpenAPI model;

    Resolver(OpenAPI model) {
        this.model = model;
    }

    public Schema<?> schema(Schema<?> schema) {
        return follow(schema, Schema::get$ref, "schemas", c -> c.getSchemas());
    }

    public Parameter parameter(Parameter parameter) {
        return follow(parameter, Parameter::get$ref, "parameters", c -> c.getParameters());
    }

    public RequestBody requestBody(RequestBody body) {
        return follow(body, RequestBody::get$ref, "requestBodies", c -> c.getRequestBodies());
    }

    public ApiResponse response(ApiResponse response) {
        return follow(response, ApiResponse::get$ref, "responses", c -> c.getResponses());
    }

    public io.swagger.v3.oas.models.headers.Header header(io.swagger.v3.oas.models.headers.Header header) {
        return follow(header, io.swagger.v3.oas.models.headers.Header::get$ref, "headers", c -> c.getHeaders());
    }

    /** The component name a {@code $ref} points at ({@code Money} for {@code #/components/schemas/Money}). */
    public static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private <T> T follow(T item, Function<T, String> ref, String kind,
                         Function<io.swagger.v3.oas.models.Components, Map<String, ?>> section) {
        T current = item;
        for (int hop = 0; current != null && ref.apply(current) != null; hop++) {
            String target = ref.apply(current);
            String prefix = "#/components/" + kind + "/";
            if (hop == MAX_HOPS || !target.startsWith(prefix)) {
                throw new SpecLoadException("cannot resolve $ref '" + target + "'");
            }
            Map<String, ?> components = model.getComponents() == null ? null : section.apply(model.getComponents());
            Object next = components == null ? null : components.get(target.substring(prefix.length()));
            if (next == null) {
                throw new SpecLoadException("$ref '" + target + "' points at nothing");
            }
            current = (T) next;
        }
        return current;
    }
}
