package com.qeetmart.contracts.diff.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.finding.NotJudged;
import com.qeetmart.contracts.diff.spec.SchemaUsages;
import com.qeetmart.contracts.diff.spec.SchemaUsages.Use;
import com.qeetmart.contracts.diff.spec.UnjudgedKeywords.KeywordChange;
import com.qeetmart.contracts.diff.walk.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Schema 2020-12's keywords (and 3.0's {@code not}), judged by which way the schema carries
 * data ({@link SchemaUsages}). Each of them only ever refuses values: added where requests are
 * read it narrows what the server accepts, removed where responses are written it widens what
 * clients receive; the other way round is a note. Changed, some can be ordered: {@code minContains}
 * and {@code maxContains} as limits, {@code dependentRequired} as a set of (property, dependent)
 * pairs; a new {@code contentMediaType} or {@code contentEncoding} breaks whoever decodes by it.
 * What is left (a subschema rewritten, {@code $dynamicRef}, {@code $id}, {@code $anchor},
 * {@code $schema}, a schema no operation carries) stays
 * not judged: a reviewer decides.
 */
public final class KeywordJudge {

    public static final String REQUEST_CONSTRAINED = "request-keyword-constrains";
    public static final String RESPONSE_LOOSENED = "response-keyword-loosened";
    public static final String ENCODING_CHANGED = "content-encoding-changed";
    public static final String COMPATIBLE = "keyword-change-compatible";

    /** What the judge decided, and what it leaves to a reviewer. */
    public record Judgement(List<Finding> findings, List<NotJudged> notJudged) {
    }

    private enum Effect { NONE, NARROWS, WIDENS, BOTH, ENCODING, UNKNOWN }

    // They change what a reference resolves to, or how the schema is read: the gate cannot say.
    private static final Set<String> STRUCTURAL = Set.of("$dynamicRef", "$dynamicAnchor", "$id", "$anchor", "$schema");
    // A value of these that refuses nothing ({} or true) is no keyword at all.
    private static final Set<String> VACUOUS_WHEN_EMPTY = Set.of("unevaluatedProperties", "unevaluatedItems",
            "propertyNames", "patternProperties", "dependentSchemas", "dependentRequired", "prefixItems");

    private KeywordJudge() {
    }

    public static Judgement judge(List<KeywordChange> changes, SchemaUsages usages) {
        Findings findings = new Findings();
        List<NotJudged> left = new ArrayList<>();
        for (KeywordChange change : changes) {
            List<Use> uses = usages.of(change.where());
            Effect effect = STRUCTURAL.contains(change.keyword()) || uses.isEmpty() ? Effect.UNKNOWN : effect(change);
            String what = "`" + change.keyword() + "` " + change.asNotJudged().change() + " at `" + change.where() + "`";
            Optional<Use> request = usages.first(change.where(), Direction.REQUEST);
            Optional<Use> response = usages.first(change.where(), Direction.RESPONSE);
            switch (effect) {
                case UNKNOWN -> left.add(change.asNotJudged());
                case NONE -> { }
                case ENCODING -> findings.breaking(ENCODING_CHANGED, at(uses.get(0), change), what + ".",
                        "Whoever decodes the value by it (clients reading, the server reading requests) reads it wrongly.");
                default -> {
                    boolean narrows = effect == Effect.NARROWS || effect == Effect.BOTH;
                    boolean widens = effect == Effect.WIDENS || effect == Effect.BOTH;
                    if (narrows && request.isPresent()) {
                        findings.breaking(REQUEST_CONSTRAINED, at(request.get(), change), what + ": requests are held to more.",
                                "Values clients could send before may now be refused with 400.");
                    }
                    if (widens && response.isPresent()) {
                        findings.breaking(RESPONSE_LOOSENED, at(response.get(), change), what + ": responses are held to less.",
                                "Responses may now hold values clients were told they never would.");
                    }
                    if (!(narrows && request.isPresent()) && !(widens && response.isPresent())) {
                        findings.note(COMPATIBLE, at(uses.get(0), change), what + ".", narrows
                                ? "Only responses carry it: they promise clients less variety, not more."
                                : "Only requests carry it: the server accepts more than before.");
                    }
                }
            }
        }
        return new Judgement(findings.asList(), left);
    }

    private static Effect effect(KeywordChange change) {
        JsonNode before = meaningful(change.keyword(), change.before());
        JsonNode after = meaningful(change.keyword(), change.after());
        if (before == null && after == null) {
            return Effect.NONE;
        }
        if (before == null) {
            return Effect.NARROWS;
        }
        if (after == null) {
            return Effect.WIDENS;
        }
        return switch (change.keyword()) {
            case "contentMediaType", "contentEncoding" -> Effect.ENCODING;
            case "minContains" -> order(after.asDouble(), before.asDouble());
            case "maxContains" -> order(before.asDouble(), after.asDouble());
            case "dependentRequired" -> pairs(before, after);
            default -> Effect.UNKNOWN;
        };
    }

    // A limit that went from `looser` to `stricter` narrows when stricter > looser.
    private static Effect order(double stricter, double looser) {
        return stricter > looser ? Effect.NARROWS : stricter < looser ? Effect.WIDENS : Effect.NONE;
    }

    private static Effect pairs(JsonNode before, JsonNode after) {
        Set<String> was = dependencies(before);
        Set<String> is = dependencies(after);
        boolean narrows = !was.containsAll(is);
        boolean widens = !is.containsAll(was);
        return narrows && widens ? Effect.BOTH : narrows ? Effect.NARROWS : widens ? Effect.WIDENS : Effect.NONE;
    }

    private static Set<String> dependencies(JsonNode map) {
        Set<String> pairs = new HashSet<>();
        map.fields().forEachRemaining(entry -> entry.getValue().forEach(name -> pairs.add(entry.getKey() + " -> " + name.asText())));
        return pairs;
    }

    private static JsonNode meaningful(String keyword, JsonNode value) {
        if (value == null || (VACUOUS_WHEN_EMPTY.contains(keyword)
                && ((value.isBoolean() && value.asBoolean()) || (value.isContainerNode() && value.isEmpty())))) {
            return null;
        }
        return value;
    }

    private static Location at(Use use, KeywordChange change) {
        Area area = use.direction() == Direction.REQUEST ? Area.REQUEST_BODY : Area.RESPONSES;
        return Location.of(use.operation(), area, change.where() + " " + change.keyword());
    }
}
