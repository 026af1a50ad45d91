package com.qeetmart.contracts.diff.finding;

/** How a change affects clients that were built against the base spec. */
public enum Severity {
    /** An existing client can fail: the gate rejects the change. */
    BREAKING,
    /** Worth a reviewer's attention but safe for existing clients. */
    NOTE
}
