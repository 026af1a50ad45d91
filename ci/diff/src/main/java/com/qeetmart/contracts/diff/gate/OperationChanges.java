package com.qeetmart.contracts.diff.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations openapi-diff lists as new, deleted, deprecated or changed, read from its
 * Markdown (each one a {@code ##### `METHOD` /path} heading under a {@code #### What's ...} section),
 * e.g. {@code Changed: `POST` /products}.
 */
final class OperationChanges {

    private static final Map<String, String> SECTIONS = Map.of("#### What's New", "New", "#### What's Deleted", "Removed",
            "#### What's Deprecated", "Deprecated", "#### What's Changed", "Changed");

    private OperationChanges() {
    }

    static List<String> in(String openApiDiffMarkdown) {
        List<String> changes = new ArrayList<>();
        String section = null;
        for (String line : openApiDiffMarkdown.split("\n")) {
            if (line.startsWith("#### ")) {
                section = SECTIONS.get(line.strip());
            } else if (section != null && line.startsWith("##### `")) {
                changes.add(section + ": " + line.substring("##### ".length()).strip());
            }
        }
        return changes;
    }
}
