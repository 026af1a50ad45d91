package com.qeetmart.contracts.diff.rules;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * The JSON type and format of a schema, ordered by which values each admits: int32 within int64
 * within any integer, float within double within any number, every integer within a plain number,
 * a formatted string (uuid, date-time, ...) within any string. Unrelated types admit each other's
 * values never. (Whether a request may widen and a response may narrow is the rule's business.)
 */
record ValueType(String type, String format) {

    private static final List<String> INTEGER_FORMATS = List.of("int32", "int64");
    private static final List<String> NUMBER_FORMATS = List.of("float", "double");

    /** Null when the schema states no type (a bare oneOf, say): nothing can be judged then. */
    static ValueType of(Schema<?> schema) {
        String type = schema.getType();
        if (type == null && schema.getTypes() != null) {
            type = schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        if (type == null && schema.getProperties() != null) {
            type = "object";
        }
        if (type == null && schema.getItems() != null) {
            type = "array";
        }
        return type == null ? null : new ValueType(type, schema.getFormat());
    }

    /** Whether every value valid for {@code narrower} is valid for this type too. */
    boolean admits(ValueType narrower) {
        if (equals(narrower)) {
            return true;
        }
        if (type.equals(narrower.type)) {
            return switch (type) {
                case "integer" -> rank(format, INTEGER_FORMATS) >= rank(narrower.format, INTEGER_FORMATS)
                        && known(format, INTEGER_FORMATS) && known(narrower.format, INTEGER_FORMATS);
                case "number" -> rank(format, NUMBER_FORMATS) >= rank(narrower.format, NUMBER_FORMATS)
                        && known(format, NUMBER_FORMATS) && known(narrower.format, NUMBER_FORMATS);
                default -> format == null;
            };
        }
        if ("number".equals(type) && "integer".equals(narrower.type)) {
            // A double holds every int32 exactly but not every int64.
            return format == null || ("double".equals(format) && "int32".equals(narrower.format));
        }
        return false;
    }

    String describe() {
        return format == null ? type : type + " (" + format + ")";
    }

    // No format is the widest: rank it after every listed format.
    private static int rank(String format, List<String> formats) {
        return format == null ? formats.size() : formats.indexOf(format);
    }

    private static boolean known(String format, List<String> formats) {
        return format == null || formats.contains(format);
    }
}
