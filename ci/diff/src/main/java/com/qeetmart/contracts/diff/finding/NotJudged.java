package com.qeetmart.contracts.diff.finding;

/**
 * A change the gate cannot judge: a JSON Schema keyword it does not compare (yet), added, removed
 * or changed in a schema both specs have. It is never taken as compatible: a reviewer decides.
 *
 * @param where   the schema, as {@code file#/json/pointer} (e.g. {@code products.yaml#/components/schemas/Order})
 * @param keyword the keyword, e.g. {@code prefixItems}
 * @param change  {@code added}, {@code removed} or {@code changed}
 */
public record NotJudged(String where, String keyword, String change) {

    /** {@code prefixItems added at products.yaml#/components/schemas/Order}. */
    public String describe() {
        return "`" + keyword + "` " + change + " at `" + where + "`";
    }

    /** What a reviewer names to accept this change ({@link Fingerprint}). */
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
