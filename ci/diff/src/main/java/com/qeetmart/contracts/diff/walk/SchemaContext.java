package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.spec.Resolver;

/**
 * Where a schema tree hangs: which operation (and its stability level in the revision), which part
 * of it ({@code response 200 application/json}), which way data flows, and how to follow refs in
 * each spec.
 */
public record SchemaContext(OperationRef operation, Stability stability, Area area, String part, Direction direction,
                            Resolver baseResolver, Resolver revisionResolver) {
}
