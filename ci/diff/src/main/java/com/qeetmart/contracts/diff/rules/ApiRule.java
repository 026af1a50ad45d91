package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.ApiPair;

/** A rule about the API as a whole, such as which operations exist. */
public interface ApiRule {

    void check(ApiPair api, Findings findings);
}
