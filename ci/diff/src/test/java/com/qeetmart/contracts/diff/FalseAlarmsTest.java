package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes that only look different, across two 3.1 files, where openapi-diff alone cried wolf: a
 * response value given a {@code const}, a readOnly property made required, a writeOnly property
 * made optional, an enum moved into a {@code $ref} of another file, a oneOf branch renamed with the
 * same wire form (its type's new name is SDK-breaking, not the wire), a response header's enum
 * narrowed. The one real break among them: a value added to a response header's enum.
 */
class FalseAlarmsTest {

    @Test
    void onlyTheResponseHeaderEnumWidenedBreaksTheWire() {
        Comparison comparison = ContractComparator.standard()
                .compare(path("false-alarms", "base/api.yaml"), path("false-alarms", "revision/api.yaml"));
        assertEquals(List.of("response-header-enum-value-added | POST /items | response 201 header x-item-origin"),
                breaking(comparison));
        assertEquals(List.of("model-removed | MODEL #/components/schemas/Card | Card"), comparison.sdkBreakingFindings().stream()
                .map(f -> f.rule() + " | " + f.location().operation().label() + " | " + f.location().detail()).toList());
    }
}
