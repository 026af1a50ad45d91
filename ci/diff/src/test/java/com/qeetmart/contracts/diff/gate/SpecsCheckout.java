package com.qeetmart.contracts.diff.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.RepositorySpecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of the repository's real specs for a gate test: a released baseline, a working copy the
 * test edits the way a developer would, where the gate writes its reports, and what it printed.
 */
final class SpecsCheckout {

    /** Product.brand (optional) in products.yaml; ProductInput.brand has limits, so this is unique. */
    static final String PRODUCT_BRAND = "        brand:\n          type: string\n          example: Acme\n";

    final Path baseline;
    final Path current;
    final Path reports;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    SpecsCheckout(Path dir) {
        baseline = RepositorySpecs.copyTo(dir.resolve("baseline"));
        current = RepositorySpecs.copyTo(dir.resolve("current"));
        reports = dir.resolve("reports");
    }

    /** Where the gate prints; what it printed before stays unless {@link #clearConsole()}. */
    PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    void clearConsole() {
        console.reset();
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** A file the gate wrote: {@code products.md}, {@code SUMMARY.md}, ... */
    String report(String file) throws IOException {
        return Files.readString(reports.resolve(file));
    }

    /** Replaces {@code from}, which must occur once, in the working copy of {@code spec}. */
    void edit(String spec, String from, String to) throws IOException {
        Path file = current.resolve(spec);
        String text = Files.readString(file);
        assertTrue(text.contains(from), "edit target missing: " + from);
        assertEquals(text.indexOf(from), text.lastIndexOf(from), "edit target must occur once: " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
