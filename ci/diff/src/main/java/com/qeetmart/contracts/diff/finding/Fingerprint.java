package com.qeetmart.contracts.diff.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name a reviewer gives one finding to accept it (contracts/gate-exceptions.yaml): 12 hex
 * digits of a SHA-256 over the rule, the operation (method and path template, its parameter names
 * left out, as renaming them changes no URL) and the place in it. The same change found again
 * has the same fingerprint; wording of the report, the operation id and the order of findings do
 * not enter it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Finding finding) {
        OperationRef operation = finding.location().operation();
        return hash(finding.rule(), operation.method(), operation.path().replaceAll("\\{[^}]*}", "{}"),
                finding.location().area().name(), finding.location().detail());
    }

    public static String of(NotJudged change) {
        return hash("not-judged", change.where(), change.keyword(), change.change());
    }

    private static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
