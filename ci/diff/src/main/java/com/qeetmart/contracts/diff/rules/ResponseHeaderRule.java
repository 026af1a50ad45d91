package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.spec.Resolver;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Response headers as their readers see them (names already in lower case, see WireForm). A
 * header always sent breaks its readers when it goes or may now be missing, and any header does
 * when its values no longer fit the type they parse it as, or leave the enum they switch over; one now always sent, or an optional
 * one no longer documented, breaks nobody. openapi-diff 2.1.7 misses the type change and calls
 * "now required" incompatible, so the gate turns its header checks off and judges headers here.
 */
public final class ResponseHeaderRule implements OperationRule {

    public static final String REMOVED = "removed-response-header";
    public static final String MADE_OPTIONAL = "response-header-made-optional";
    public static final String TYPE_CHANGED = "response-header-type-changed";
    public static final String ENUM_WIDENED = "response-header-enum-value-added";

    @Override
    public void check(OperationPair operation, Findings findings) {
        if (operation.base().sentToClient()) {
            return; // the client writes a webhook's response headers, the API reads them
        }
        Resolver baseRefs = operation.base().resolver();
        Resolver revisionRefs = operation.revision().resolver();
        Map<String, ApiResponse> revisionResponses = operation.revision().responses();
        operation.base().responses().forEach((status, baseResponse) -> {
            ApiResponse revisionResponse = revisionResponses.get(status);
            if (revisionResponse == null) {
                return; // the status's own rules judge a removed response
            }
            Map<String, Header> before = headers(baseRefs.response(baseResponse));
            Map<String, Header> after = headers(revisionRefs.response(revisionResponse));
            before.forEach((name, documented) -> {
                Header header = baseRefs.header(documented);
                Location location = Location.of(operation.ref(), Area.RESPONSES, "response " + status + " header " + name);
                Header now = after.get(name) == null ? null : revisionRefs.header(after.get(name));
                if (now == null) {
                    if (Boolean.TRUE.equals(header.getRequired())) {
                        findings.breaking(REMOVED, location, "Response header `" + name + "`, always sent, is gone.",
                                "Clients that rely on `" + name + "` no longer find it.");
                    } else {
                        findings.note(REMOVED, location, "Optional response header `" + name + "` is no longer documented.",
                                "Its readers already cope with its absence.");
                    }
                    return;
                }
                if (Boolean.TRUE.equals(header.getRequired()) && !Boolean.TRUE.equals(now.getRequired())) {
                    findings.breaking(MADE_OPTIONAL, location, "Response header `" + name + "` is no longer always sent.",
                            "Clients that rely on `" + name + "` being there fail when it is missing.");
                }
                Set<String> allowed = values(schema(baseRefs, header));
                Set<String> allowedNow = values(schema(revisionRefs, now));
                if (allowed != null && (allowedNow == null || !allowed.containsAll(allowedNow))) {
                    findings.breaking(ENUM_WIDENED, location, "Response header `" + name + "` is no longer limited to "
                                    + allowed + (allowedNow == null ? "." : ": it may be " + allowedNow + "."),
                            "Clients that switch over `" + name + "`'s values meet one they have no case for.");
                }
                ValueType was = type(baseRefs, header);
                ValueType is = type(revisionRefs, now);
                if (was != null && is != null && !was.admits(is)) {
                    findings.breaking(TYPE_CHANGED, location, "Response header `" + name + "` changed from "
                                    + was.describe() + " to " + is.describe() + ".",
                            "Clients that parse `" + name + "` as " + was.describe() + " fail on the new values.");
                }
            });
        });
    }

    private static Map<String, Header> headers(ApiResponse response) {
        return response == null || response.getHeaders() == null ? Map.of() : response.getHeaders();
    }

    private static ValueType type(Resolver refs, Header header) {
        Schema<?> schema = schema(refs, header);
        return schema == null ? null : ValueType.of(schema);
    }

    private static Schema<?> schema(Resolver refs, Header header) {
        return header.getSchema() == null ? null : refs.schema(header.getSchema());
    }

    /** A header's enum values, or null when any value goes. */
    private static Set<String> values(Schema<?> schema) {
        return schema == null || schema.getEnum() == null ? null
                : schema.getEnum().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
