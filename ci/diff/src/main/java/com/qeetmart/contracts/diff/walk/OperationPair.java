package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.OperationRef;

/** The same operation in the base and in the revision. */
public record OperationPair(OperationView base, OperationView revision) {

    /** Named as in the base: that is the spec the affected clients were built against. */
    public OperationRef ref() {
        return base.ref();
    }
}
