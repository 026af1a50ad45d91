package com.qeetmart.contracts.diff.upstream;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.finding.Severity;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import io.swagger.v3.oas.models.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Runs openapi-diff 2.1.7: its Markdown change list goes into the report, and each operation area
 * it judges incompatible becomes a breaking finding, so the gate never lets through what
 * openapi-diff catches and the house rules do not.
 */
public final class OpenApiDiffCheck {

    public static final String ID = "openapi-diff";

    /**
     * openapi-diff checks the gate switches off because a house rule judges the same thing better:
     * removed security is an operation made public (SecurityTightenedRule), a type change is
     * judged by direction and format (TypeChangedRule) instead of "any change breaks", an enum
     * dropped from a request accepts more values (RequestEnumNarrowedRule), response headers are
     * judged by who reads them (ResponseHeaderRule: now always sent breaks nobody), a bearer
     * format is a hint to people, not something a client sends, a pattern is judged by the
     * strings it accepts (PatternRule), of removed responses only a success status breaks
     * clients (RemovedSuccessStatusRule: a documented error or default removed breaks nobody),
     * oneOf branches are matched by name or, renamed, by wire form (RemovedCompositionBranchRule),
     * whether a writeOnly property is required in a response, or a readOnly one in a request,
     * means nothing: neither is ever there (so required lists are judged by
     * NewRequiredRequestPropertyRule and ResponsePropertyMadeOptionalRule, which know it), and an enum imposed on a response value that had none
     * (a {@code const} added) narrows it, where values added to an enum widen it
     * (ResponseEnumValueAddedRule, and ResponseHeaderRule for headers).
     */
    private static final List<String> CHECKS_JUDGED_BY_RULES = List.of(
            "incompatible.security.requirements.decreased",
            "incompatible.schema.type.changed",
            "incompatible.request.enum.decreased",
            "incompatible.response.headers.decreased",
            "incompatible.response.header.required.decreased",
            "incompatible.response.header.required.increased",
            "incompatible.security.scheme.bearer.format.changed",
            "incompatible.schema.pattern.changed",
            "incompatible.response.responses.decreased",
            "incompatible.request.oneof.decreased",
            "incompatible.response.oneof.increased",
            "incompatible.response.writeonly.required.decreased",
            "incompatible.request.readonly.required.decreased",
            "incompatible.response.enum.increased",
            "incompatible.request.required.increased",
            "incompatible.response.required.decreased");

    /** openapi-diff's outcome: the Markdown it renders, and its incompatible areas as findings. */
    public record Result(String markdown, List<Finding> incompatibilities) {
    }

    public Result compare(LoadedSpec base, LoadedSpec revision) {
        OpenApiDiffOptions.Builder options = OpenApiDiffOptions.builder();
        CHECKS_JUDGED_BY_RULES.forEach(check -> options.configProperty(check, "false"));
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(base.model(), revision.model(), options.build());
        return new Result(render(diff), incompatibilities(diff));
    }

    private static List<Finding> incompatibilities(ChangedOpenApi diff) {
        List<Finding> findings = new ArrayList<>();
        for (Endpoint missing : diff.getMissingEndpoints()) {
            findings.add(finding(ref(missing.getMethod().name(), missing.getPathUrl(), missing.getOperation()),
                    Area.OPERATION));
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (!operation.isIncompatible()) {
                continue;
            }
            OperationRef ref = ref(operation.getHttpMethod().name(), operation.getPathUrl(), operation.getOldOperation());
            List<Area> areas = new ArrayList<>();
            if (operation.getParameters() != null && operation.getParameters().isIncompatible()) {
                areas.add(Area.PARAMETERS);
            }
            if (requestBodyIncompatible(operation)) {
                areas.add(Area.REQUEST_BODY);
            }
            if (operation.resultApiResponses().isIncompatible()) {
                areas.add(Area.RESPONSES);
            }
            if (operation.resultSecurityRequirements().isIncompatible()) {
                areas.add(Area.SECURITY);
            }
            if (areas.isEmpty() && !onlyBodyMadeOptional(operation)) {
                areas.add(Area.OPERATION);
            }
            areas.forEach(area -> findings.add(finding(ref, area)));
        }
        return findings;
    }

    /**
     * openapi-diff 2.1.7 calls any change of a request body's {@code required} incompatible (under
     * its endpoints-decreased check, which the gate cannot turn off for this alone); a body made
     * optional accepts more and breaks nobody. Its other verdicts on the body stand; a body made
     * required is judged by RequestBodyMadeRequiredRule.
     */
    private static boolean requestBodyIncompatible(ChangedOperation operation) {
        if (!operation.resultRequestBody().isIncompatible()) {
            return false;
        }
        ChangedRequestBody body = operation.getRequestBody();
        boolean onlyMadeOptional = body != null && body.isChangeRequired() && body.getNewRequestBody() != null
                && !Boolean.TRUE.equals(body.getNewRequestBody().getRequired())
                && (body.getContent() == null || !body.getContent().isIncompatible())
                && (body.getExtensions() == null || !body.getExtensions().isIncompatible());
        return !onlyMadeOptional;
    }

    // Incompatible for nothing but a body made optional: not incompatible at all.
    private static boolean onlyBodyMadeOptional(ChangedOperation operation) {
        return operation.resultRequestBody().isIncompatible() && !requestBodyIncompatible(operation)
                && !operation.isCoreChanged().isIncompatible()
                && (operation.getOperationId() == null || !operation.getOperationId().isIncompatible())
                && (operation.getExtensions() == null || !operation.getExtensions().isIncompatible());
    }

    private static OperationRef ref(String method, String path, Operation operation) {
        return new OperationRef(method, path, operation == null ? null : operation.getOperationId());
    }

    private static Finding finding(OperationRef ref, Area area) {
        return new Finding(ID, Severity.BREAKING, Location.of(ref, area, area.label()),
                "openapi-diff judges the " + area.label() + " of this operation incompatible.",
                "No house rule explains it; see openapi-diff's change list below for the detail.");
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
