package com.qeetmart.contracts.diff.finding;

/**
 * The part of an operation a finding is about. openapi-diff reports its verdict per area, so our
 * findings carry the same areas to tell whether a rule already explains an openapi-diff verdict.
 */
public enum Area {
    OPERATION("operation"),
    SECURITY("security"),
    PARAMETERS("parameters"),
    REQUEST_BODY("request body"),
    RESPONSES("responses"),
    /** The spec's named schemas: the types the SDKs generate from them. */
    COMPONENTS("components");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
