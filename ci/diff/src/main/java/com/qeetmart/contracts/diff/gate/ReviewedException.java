package com.qeetmart.contracts.diff.gate;

import java.time.LocalDate;

/**
 * A reviewer's acceptance of one finding of one spec, until a day: who owns it and why.
 *
 * @param spec        the spec's file name, e.g. {@code products.yaml}
 * @param fingerprint the finding's fingerprint, as the gate's report shows it
 */
record ReviewedException(String spec, String fingerprint, String owner, String reason, LocalDate expires) {

    String describe() {
        return "accepted by " + owner + " until " + expires + ": " + reason;
    }
}
