package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.OperationPair;

/** A rule about one operation present in both specs: its security, parameters, statuses, media types. */
public interface OperationRule {

    void check(OperationPair operation, Findings findings);
}
