package com.qeetmart.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key ids a fetch that started after they were first seen did not find: a token naming one again
 * is refused from memory instead of asking auth again. Forgotten whenever the key set changes (a
 * key published since may be one of them) and bounded: past {@code maxEntries} the memory starts
 * over, so a flood of made-up ids costs a bounded map, never a fetch each.
 */
final class UnknownKeyIds {

    private final int maxEntries;
    private final Map<String, Boolean> unknown = new ConcurrentHashMap<>();

    UnknownKeyIds(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    boolean contains(String kid) {
        return unknown.containsKey(kid);
    }

    void remember(String kid) {
        if (unknown.size() >= maxEntries) {
            unknown.clear();
        }
        unknown.put(kid, Boolean.TRUE);
    }

    void forgetAll() {
        unknown.clear();
    }

    int size() {
        return unknown.size();
    }
}
