package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.policy.GatePolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code ContractsGate BASELINE_DIR CURRENT_DIR REPORT_DIR [--policy FILE] [--exceptions FILE]
 * [--sdk NAME RELEASED CURRENT]...}: judges every spec of CURRENT_DIR
 * (and every released one in BASELINE_DIR) against its baseline, writes {@code <name>.md} reports
 * and one {@code SUMMARY.md} for the pull request to REPORT_DIR, prints one line per spec and
 * exits 0 when all pass, 1 when any fails (breaking, removed, unreadable), 2 when the only failures
 * are changes it cannot judge (a keyword it does not compare: a reviewer must), and on a usage error. {@code RELEASE-NOTES.md} says what
 * a release of these specs changes, for the SDKs' changelogs ({@code ci/contracts-release}). Shared files under {@code common/} are judged through the specs that use them.
 * The policy file sets the deprecation policy ({@link GatePolicy}); the exceptions file holds the
 * findings reviewers accepted ({@link ReviewedExceptions}), and any entry of it that expired or
 * matches nothing fails the gate. Both are judged as of today (UTC). Each {@code --sdk} names an
 * SDK's version at the last release and now: a change that breaks generated code passes only when
 * every one moves to a new major.
 */
public final class ContractsGate {

    private ContractsGate() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            usage();
        }
        Path policy = null;
        Path exceptions = null;
        List<SdkRelease> sdks = new ArrayList<>();
        for (int i = 3; i < args.length; ) {
            switch (args[i]) {
                case "--policy" -> policy = Path.of(value(args, i + 1));
                case "--exceptions" -> exceptions = Path.of(value(args, i + 1));
                case "--sdk" -> sdks.add(new SdkRelease(value(args, i + 1), value(args, i + 2), value(args, i + 3)));
                default -> usage();
            }
            i += args[i].equals("--sdk") ? 4 : 2;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        System.exit(run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), GatePolicy.load(policy, today),
                ReviewedExceptions.load(exceptions, today), sdks, System.out));
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            usage();
        }
        return args[index];
    }

    private static void usage() {
        System.err.println("usage: contracts-gate BASELINE_DIR CURRENT_DIR REPORT_DIR [--policy FILE] [--exceptions FILE]"
                + " [--sdk NAME RELEASED_VERSION CURRENT_VERSION]...");
        System.exit(2);
    }

    /** With the default policy as of today, no accepted findings and no SDK version known to move. */
    public static int run(Path baselineDir, Path currentDir, Path reportDir, PrintStream out) {
        return run(baselineDir, currentDir, reportDir, GatePolicy.standard(), ReviewedExceptions.none(), List.of(), out);
    }

    static int run(Path baselineDir, Path currentDir, Path reportDir, GatePolicy policy, ReviewedExceptions exceptions,
                   List<SdkRelease> sdks, PrintStream out) {
        TreeSet<String> specs = new TreeSet<>(specNames(currentDir));
        specs.addAll(specNames(baselineDir));
        SpecJudge judge = new SpecJudge(policy, exceptions, sdks);
        List<GateVerdict> verdicts = new ArrayList<>();
        for (String spec : specs) {
            GateVerdict verdict = judge.judge(spec, baselineDir.resolve(spec), currentDir.resolve(spec));
            Path report = reportDir.resolve(spec.replaceFirst("\\.ya?ml$", "") + ".md");
            write(report, verdict.report());
            out.printf("contracts-gate: %-16s %-28s %s  (%s)%n", spec, verdict.outcome().label(), verdict.summary(), report);
            verdicts.add(verdict);
        }
        List<String> exceptionProblems = exceptions.problems();
        exceptionProblems.forEach(problem -> out.printf("contracts-gate: gate-exceptions: %s%n", problem));
        Path summary = reportDir.resolve("SUMMARY.md");
        write(summary, GateSummary.render(verdicts, baselineDir.toString(), exceptionProblems));
        write(reportDir.resolve("RELEASE-NOTES.md"), ReleaseNotes.render(verdicts));
        long failed = verdicts.stream().filter(v -> !v.outcome().passes()).count();
        long notJudged = verdicts.stream().filter(v -> v.outcome() == GateVerdict.Outcome.NOT_JUDGED).count();
        verdicts.forEach(v -> v.notJudged().forEach(change -> out.printf("contracts-gate: %-16s not judged: %s%n", v.spec(), change)));
        out.printf("contracts-gate: %d spec(s) against %s: %s%n", verdicts.size(), baselineDir,
                failed == 0 && exceptionProblems.isEmpty() ? "passed"
                        : failed + " failed" + (exceptionProblems.isEmpty() ? "" : ", the reviewed exceptions do not hold")
                        + " (see the reports)");
        out.printf("contracts-gate: summary for the pull request in %s%n", summary);
        if (!exceptionProblems.isEmpty()) {
            return 1;
        }
        return failed == 0 ? 0 : failed == notJudged ? 2 : 1;
    }

    private static List<String> specNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path report, String markdown) {
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
