package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A media type removed from a request body or from a response that still exists. A client sends
 * and accepts the types it was built for; content negotiation fails when its type disappears.
 */
public final class RemovedMediaTypeRule implements OperationRule {

    public static final String ID = "removed-media-type";

    @Override
    public void check(OperationPair operation, Findings findings) {
        RequestBody baseBody = operation.base().requestBody();
        RequestBody revisionBody = operation.revision().requestBody();
        // A webhook's body is sent to the client: one type fewer is one it need not read.
        if (baseBody != null && revisionBody != null && !operation.base().sentToClient()) {
            for (String mediaType : removed(baseBody.getContent(), revisionBody.getContent())) {
                findings.breaking(ID, Location.of(operation.ref(), Area.REQUEST_BODY, "request body " + mediaType),
                        "Request media type " + mediaType + " was removed.",
                        "Clients that send " + mediaType + " get 415 Unsupported Media Type.");
            }
        }
        Map<String, ApiResponse> revisionResponses = operation.revision().responses();
        operation.base().responses().forEach((status, response) -> {
            ApiResponse match = revisionResponses.get(status);
            if (match == null) {
                return;
            }
            for (String mediaType : removed(response.getContent(), match.getContent())) {
                findings.breaking(ID, Location.of(operation.ref(), Area.RESPONSES, "response " + status + " " + mediaType),
                        "Response " + status + " no longer comes as " + mediaType + ".",
                        "Clients that accept only " + mediaType + " get 406 or a body they cannot parse.");
            }
        });
    }

    private static Set<String> removed(Content base, Content revision) {
        if (base == null) {
            return Set.of();
        }
        return base.keySet().stream()
                .filter(mediaType -> revision == null || !revision.containsKey(mediaType))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
