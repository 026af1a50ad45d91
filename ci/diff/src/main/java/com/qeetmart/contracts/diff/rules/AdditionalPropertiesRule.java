package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * {@code additionalProperties}, by direction: what an object takes beyond its named properties is
 * anything (absent, {@code true}, {@code {}}), nothing ({@code false}) or values of a schema. A
 * request held to less (anything to a schema or to nothing, a schema to nothing) refuses objects
 * clients could send. A response allowed more is a note: like a property added, clients ignore
 * what they do not know. (A schema changed for a schema: its values are compared as a position.)
 */
public final class AdditionalPropertiesRule implements SchemaRule {

    public static final String RESTRICTED = "request-additional-properties-restricted";
    public static final String ALLOWED = "response-additional-properties-allowed";

    private enum Extra { ANY, SCHEMA, NONE }

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!isObject(pair.base()) || !isObject(pair.revision())) {
            return;
        }
        Extra before = extra(pair.base());
        Extra after = extra(pair.revision());
        String change = "Properties beyond the named ones: " + describe(before) + " before, " + describe(after) + " now.";
        if (after.ordinal() > before.ordinal() && pair.isRequest()) {
            findings.breaking(RESTRICTED, pair.location(), change,
                    "Objects with other properties, which clients could send before, are now refused with 400.");
        } else if (after.ordinal() < before.ordinal() && pair.isResponse()) {
            findings.note(ALLOWED, pair.location(), change,
                    "Like a property added: clients ignore properties they do not know.");
        }
        // A request allowed more, or a response held to less, breaks nobody: nothing to say.
    }

    private static Extra extra(Schema<?> schema) {
        Object value = schema.getAdditionalProperties();
        if (value == null || Boolean.TRUE.equals(value)) {
            return Extra.ANY;
        }
        if (Boolean.FALSE.equals(value)) {
            return Extra.NONE;
        }
        return Json.mapper().valueToTree(value).isEmpty() ? Extra.ANY : Extra.SCHEMA;
    }

    private static boolean isObject(Schema<?> schema) {
        return "object".equals(schema.getType()) || schema.getProperties() != null || schema.getAdditionalProperties() != null;
    }

    private static String describe(Extra extra) {
        return switch (extra) {
            case ANY -> "any";
            case SCHEMA -> "values of a schema";
            case NONE -> "none";
        };
    }
}
