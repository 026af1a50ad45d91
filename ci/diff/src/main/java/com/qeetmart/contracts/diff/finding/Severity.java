package com.qeetmart.contracts.diff.finding;

/** How a change affects clients that were built against the base spec, or the API's own rules. */
public enum Severity {
    /** An existing client can fail: the gate rejects the change unless it is a new major version. */
    BREAKING,
    /**
     * The change breaks the API's deprecation policy (a deprecation without a sunset far enough
     * ahead, a stability level lowered): the gate rejects it whatever the version says.
     */
    POLICY,
    /**
     * The wire stays compatible but code generated from the spec breaks (a method or type renamed,
     * parameters reordered): the gate rejects it unless the SDKs' major version moves.
     */
    SDK_BREAKING,
    /** Worth a reviewer's attention but safe for existing clients. */
    NOTE
}
