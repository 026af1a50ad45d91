package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.walk.PropertyPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.function.UnaryOperator;

/** Whether a schema admits null: {@code nullable} on the schema itself (beside an allOf, say) or on the one it refers to. */
final class Nullability {

    private Nullability() {
    }

    /** The base admitted null here and the revision does not (the property is in both). */
    static boolean lostBy(PropertyPair property) {
        return of(property.base(), property.owner()::resolveBase) && !of(property.revision(), property.owner()::resolveRevision);
    }

    /** The revision admits null here and the base did not (the property is in both). */
    static boolean gainedBy(PropertyPair property) {
        return !of(property.base(), property.owner()::resolveBase) && of(property.revision(), property.owner()::resolveRevision);
    }

    static boolean of(Schema<?> raw, UnaryOperator<Schema<?>> resolve) {
        Schema<?> resolved = resolve.apply(raw);
        return isNullable(raw) || (resolved != null && isNullable(resolved));
    }

    // 3.1 specs are read as 3.0 (a "null" type is nullable); the type list is checked all the same.
    private static boolean isNullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable()) || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }
}
