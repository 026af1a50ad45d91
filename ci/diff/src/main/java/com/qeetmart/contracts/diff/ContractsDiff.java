package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.report.MarkdownReport;
import com.qeetmart.contracts.diff.spec.SpecLoadException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code ContractsDiff BASE.yaml REVISION.yaml}: prints the Markdown change report and exits 0 when
 * no change breaks clients, 1 when one does, 2 on a usage error or a spec that cannot be read.
 */
public final class ContractsDiff {

    public static final int NOT_BREAKING = 0;
    public static final int BREAKING = 1;
    public static final int UNUSABLE = 2;

    private ContractsDiff() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: contracts-diff BASE.yaml REVISION.yaml");
            err.println("  prints a Markdown report; exit 0 = not breaking, 1 = breaking, 2 = usage or parse error");
            return UNUSABLE;
        }
        Path base = Path.of(args[0]);
        Path revision = Path.of(args[1]);
        try {
            Comparison comparison = ContractComparator.standard().compare(base, revision);
            out.print(MarkdownReport.render(comparison, revision.getFileName().toString()));
            out.flush();
            return comparison.breaking() ? BREAKING : NOT_BREAKING;
        } catch (SpecLoadException e) {
            err.println("contracts-diff: " + e.getMessage());
            return UNUSABLE;
        } catch (RuntimeException e) {
            // An uncaught exception would exit 1, which callers read as "breaking"; a comparison
            // that did not finish proves nothing either way.
            err.println("contracts-diff: cannot compare " + base + " with " + revision + ": " + e);
            e.printStackTrace(err);
            return UNUSABLE;
        }
    }
}
