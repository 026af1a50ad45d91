package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;

/**
 * A rule about one position of a request or response schema present in both specs. It is called
 * for every such position (the root, each property, array items, map values, matched branches).
 */
public interface SchemaRule {

    void check(SchemaPair pair, Findings findings);
}
