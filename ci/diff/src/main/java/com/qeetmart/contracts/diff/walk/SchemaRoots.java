package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.policy.Stability;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema trees of an operation that exist in both specs: each parameter, each request body
 * media type and each response status and media type. Parts that exist on one side only are
 * judged by the operation rules (removed media type, removed status, new required parameter).
 */
public final class SchemaRoots {

    private SchemaRoots() {
    }

    public static List<SchemaPair> of(OperationPair operation) {
        List<SchemaPair> roots = new ArrayList<>();
        // A webhook's or callback's request is read by the client, its response by the API.
        boolean reversed = operation.base().sentToClient();
        Direction sent = reversed ? Direction.RESPONSE : Direction.REQUEST;
        Direction answered = reversed ? Direction.REQUEST : Direction.RESPONSE;
        parameters(operation, sent, roots);
        RequestBody baseBody = operation.base().requestBody();
        RequestBody revisionBody = operation.revision().requestBody();
        if (baseBody != null && revisionBody != null) {
            content(operation, Area.REQUEST_BODY, "request body", sent,
                    baseBody.getContent(), revisionBody.getContent(), roots);
        }
        Map<String, ApiResponse> revisionResponses = operation.revision().responses();
        operation.base().responses().forEach((status, response) -> {
            ApiResponse match = revisionResponses.get(status);
            if (match != null) {
                content(operation, Area.RESPONSES, "response " + status, answered,
                        response.getContent(), match.getContent(), roots);
            }
        });
        return roots;
    }

    private static void parameters(OperationPair operation, Direction direction, List<SchemaPair> roots) {
        Map<String, Parameter> revisionParameters = operation.revision().parameters();
        operation.base().parameters().forEach((key, parameter) -> {
            Parameter match = revisionParameters.get(key);
            if (match != null && parameter.getSchema() != null && match.getSchema() != null) {
                SchemaContext context = context(operation, Area.PARAMETERS, key, direction);
                roots.add(new SchemaPair(parameter.getSchema(), match.getSchema(), "$", context));
            }
        });
    }

    private static void content(OperationPair operation, Area area, String part, Direction direction,
                                Content base, Content revision, List<SchemaPair> roots) {
        if (base == null || revision == null) {
            return;
        }
        base.forEach((mediaType, baseMedia) -> {
            MediaType revisionMedia = revision.get(mediaType);
            if (revisionMedia != null && baseMedia.getSchema() != null && revisionMedia.getSchema() != null) {
                SchemaContext context = context(operation, area, part + " " + mediaType, direction);
                roots.add(new SchemaPair(baseMedia.getSchema(), revisionMedia.getSchema(), "$", context));
            }
        });
    }

    private static SchemaContext context(OperationPair operation, Area area, String part, Direction direction) {
        return new SchemaContext(operation.ref(), Stability.of(operation.revision().operation().getExtensions()),
                area, part, direction,
                operation.base().resolver(), operation.revision().resolver());
    }
}
