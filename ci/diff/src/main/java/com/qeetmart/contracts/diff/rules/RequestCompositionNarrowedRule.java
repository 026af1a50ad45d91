package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.spec.Resolver;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests narrowed through composition, which the property and bound rules do not see:
 * <ul>
 * <li>a value that must now match exactly one branch ({@code oneOf} where there was none, or an
 * {@code anyOf} turned {@code oneOf}) with no discriminator to tell the branches apart: a value
 * valid for two branches, accepted before, is refused;</li>
 * <li>a new {@code allOf} member that constrains values (an enum, a pattern, a limit,
 * {@code additionalProperties: false}, ...): values it refuses were accepted before. (A member
 * that adds required properties is judged as new required properties.)</li>
 * </ul>
 */
public final class RequestCompositionNarrowedRule implements SchemaRule {

    public static final String ONE_OF = "request-one-of-made-exclusive";
    public static final String ALL_OF = "request-all-of-member-added";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        int before = size(pair.base().getOneOf());
        int after = size(pair.revision().getOneOf());
        if (before == 0 && after >= 2 && pair.revision().getDiscriminator() == null) {
            findings.breaking(ONE_OF, pair.location(), (size(pair.base().getAnyOf()) > 0 ? "The anyOf became a oneOf" : "The value "
                            + "is now a oneOf") + " of " + after + " branches, with no discriminator.",
                    "A value valid for two branches was accepted and is now refused: oneOf admits exactly one match.");
        }
        Map<String, Schema<?>> members = members(pair.base());
        members(pair.revision()).forEach((key, member) -> {
            if (members.containsKey(key)) {
                return;
            }
            List<String> constraints = constraints(pair.resolveRevision(member));
            if (!constraints.isEmpty()) {
                findings.breaking(ALL_OF, pair.location(), "The new allOf member `" + key + "` adds "
                                + String.join(", ", constraints) + ".",
                        "Values it refuses, which clients could send before, are now rejected with 400.");
            }
        });
    }

    private static Map<String, Schema<?>> members(Schema<?> schema) {
        Map<String, Schema<?>> members = new LinkedHashMap<>();
        List<Schema> parts = schema.getAllOf();
        for (int i = 0; parts != null && i < parts.size(); i++) {
            Schema<?> part = parts.get(i);
            members.put(part.get$ref() != null ? Resolver.refName(part.get$ref()) : "inline #" + (i + 1), part);
        }
        return members;
    }

    /** The keywords of a member that refuse values (required properties left to their own rule). */
    private static List<String> constraints(Schema<?> member) {
        List<String> found = new ArrayList<>();
        if (member == null) {
            return found;
        }
        add(found, "enum", member.getEnum() != null);
        add(found, "pattern", member.getPattern() != null);
        add(found, "format " + member.getFormat(), member.getFormat() != null);
        add(found, "minLength", member.getMinLength() != null);
        add(found, "maxLength", member.getMaxLength() != null);
        add(found, "minimum", member.getMinimum() != null);
        add(found, "maximum", member.getMaximum() != null);
        add(found, "multipleOf", member.getMultipleOf() != null);
        add(found, "minItems", member.getMinItems() != null);
        add(found, "maxItems", member.getMaxItems() != null);
        add(found, "uniqueItems", Boolean.TRUE.equals(member.getUniqueItems()));
        add(found, "minProperties", member.getMinProperties() != null);
        add(found, "maxProperties", member.getMaxProperties() != null);
        add(found, "additionalProperties: false", Boolean.FALSE.equals(member.getAdditionalProperties()));
        add(found, "not", member.getNot() != null);
        add(found, "oneOf", member.getOneOf() != null);
        add(found, "anyOf", member.getAnyOf() != null);
        return found;
    }

    private static void add(List<String> found, String keyword, boolean present) {
        if (present) {
            found.add("`" + keyword + "`");
        }
    }

    private static int size(List<Schema> branches) {
        return branches == null ? 0 : branches.size();
    }
}
