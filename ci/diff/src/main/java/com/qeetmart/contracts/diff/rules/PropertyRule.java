package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A rule about one property (or the array items) of a schema position present in both specs,
 * called for every property either side declares: added, removed or kept.
 */
public interface PropertyRule {

    void check(PropertyPair property, Findings findings);
}
