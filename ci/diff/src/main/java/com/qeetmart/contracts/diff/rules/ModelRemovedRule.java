package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.walk.ApiPair;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named schema gone from the revision's components: renamed, inlined into the operations that
 * used it, or removed. The bytes on the wire may be the same, but the SDKs generate one type per
 * named schema, so code that names the type no longer compiles. SDK-breaking (a wire break, if
 * any, is found where the schema was used).
 */
public final class ModelRemovedRule implements ApiRule {

    public static final String ID = "model-removed";

    @Override
    public void check(ApiPair api, Findings findings) {
        Set<String> kept = names(api.revision().model());
        Set<String> added = new TreeSet<>(kept);
        added.removeAll(names(api.base().model()));
        for (String name : names(api.base().model())) {
            if (kept.contains(name)) {
                continue;
            }
            OperationRef model = new OperationRef("MODEL", "#/components/schemas/" + name, null);
            findings.sdkBreaking(ID, Location.of(model, Area.COMPONENTS, name),
                    "The schema `" + name + "` is no longer among the components (renamed, inlined or removed)"
                            + (added.isEmpty() ? "." : "; new among them: `" + String.join("`, `", added) + "`."),
                    "Both SDKs generate a type `" + name + "` from it: code that names the type no longer compiles.");
        }
    }

    private static Set<String> names(OpenAPI model) {
        Map<String, Schema> schemas = model.getComponents() == null ? null : model.getComponents().getSchemas();
        return schemas == null ? Set.of() : new TreeSet<>(schemas.keySet());
    }
}
