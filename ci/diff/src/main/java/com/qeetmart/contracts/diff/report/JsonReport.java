package com.qeetmart.contracts.diff.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.NotJudged;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report for bots ({@code --format json}): the verdict, then one object per finding with
 * operation, location, rule id, severity ({@code breaking}, {@code policy}, {@code sdk-breaking} or {@code notice}), its
 * fingerprint, the change and the
 * reason. Field names and the order of findings (by path, method, area, location) are stable.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(Comparison comparison, String title) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("spec", title);
        report.put("base", side(comparison.base().file(), comparison.base().version()));
        report.put("revision", side(comparison.revision().file(), comparison.revision().version()));
        report.put("verdict", !comparison.policyViolations().isEmpty() ? "against-policy" : comparison.breaking() ? "breaking"
                : !comparison.sdkBreakingFindings().isEmpty() ? "sdk-breaking"
                : comparison.needsJudgement() ? "not-judged" : "not-breaking");
        report.put("findings", FindingOrder.of(comparison.findings()).stream().map(JsonReport::finding).toList());
        report.put("notJudged", comparison.notJudged().stream().map(JsonReport::notJudged).toList());
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> notJudged(NotJudged change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("where", change.where());
        json.put("keyword", change.keyword());
        json.put("change", change.change());
        json.put("fingerprint", change.fingerprint());
        return json;
    }

    private static Map<String, Object> side(Object file, String version) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("file", String.valueOf(file));
        side.put("version", version);
        return side;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", finding.location().operation().label());
        json.put("operationId", finding.location().operation().operationId());
        json.put("area", finding.location().area().label());
        json.put("location", finding.location().detail());
        json.put("rule", finding.rule());
        json.put("severity", finding.breaking() ? "breaking" : finding.policy() ? "policy"
                : finding.sdkBreaking() ? "sdk-breaking" : "notice");
        json.put("fingerprint", finding.fingerprint());
        json.put("change", finding.change());
        json.put("reason", finding.impact());
        return json;
    }
}
