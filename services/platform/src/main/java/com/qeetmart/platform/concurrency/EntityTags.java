package com.qeetmart.platform.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of an {@code If-Match} or {@code If-None-Match} header, which share one syntax
 * (RFC 9110, section 13.1): absent, {@code *}, or a list of entity tags such as
 * {@code "3", W/"4"}; anything else is malformed. The two headers differ only in how they compare.
 */
record EntityTags(Form form, List<Tag> tags) {

    enum Form { ABSENT, ANY, LIST, MALFORMED }

    /** One entity tag: {@code opaque} keeps its quotes ({@code "3"}), {@code weak} says whether it had {@code W/}. */
    record Tag(boolean weak, String opaque) {
    }

    private static final EntityTags ABSENT = new EntityTags(Form.ABSENT, List.of());
    private static final EntityTags ANY = new EntityTags(Form.ANY, List.of());
    private static final EntityTags MALFORMED = new EntityTags(Form.MALFORMED, List.of());

    static EntityTags parse(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.trim().equals("*")) {
            return ANY;
        }
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            int end = i < n && header.charAt(i) == '"' ? header.indexOf('"', i + 1) : -1;
            if (end < 0) {
                return MALFORMED;
            }
            tags.add(new Tag(weak, header.substring(i, end + 1)));
            i = end + 1;
        }
        return tags.isEmpty() ? ABSENT : new EntityTags(Form.LIST, List.copyOf(tags));
    }

    /**
     * As {@code If-Match} reads it: absent or {@code *} is no precondition, a list matches by the
     * strong comparison (a weak tag never does), and a malformed value matches nothing.
     */
    boolean admitsWriteOver(String etag) {
        return form == Form.ABSENT || form == Form.ANY || tags.stream().anyMatch(tag -> !tag.weak() && tag.opaque().equals(etag));
    }

    /**
     * As {@code If-None-Match} reads it: the client holds {@code etag} when it sent {@code *} or
     * names it, weak or strong; absent or malformed, it holds nothing.
     */
    boolean holds(String etag) {
        return form == Form.ANY || tags.stream().anyMatch(tag -> tag.opaque().equals(etag));
    }
}
