package com.qeetmart.platform.headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A fixed set of header names, asked about names read as bytes, whatever their case: the names
 * kept by length, so a name is compared with the one or two of its own length, not with all.
 */
public final class HeaderNameSet {

    private final byte[][][] byLength;

    public HeaderNameSet(Collection<? extends CharSequence> names) {
        int longest = names.stream().mapToInt(CharSequence::length).max().orElse(0);
        List<List<byte[]>> buckets = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new ArrayList<>());
        }
        for (CharSequence name : names) {
            byte[] lower = name.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1);
            if (buckets.get(lower.length).stream().noneMatch(known -> Arrays.equals(known, lower))) {
                buckets.get(lower.length).add(lower);
            }
        }
        byLength = buckets.stream().map(bucket -> bucket.toArray(new byte[0][])).toArray(byte[][][]::new);
    }

    /** Whether bytes {@code [from, to)} are one of the names. */
    public boolean contains(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length >= byLength.length) {
            return false;
        }
        for (byte[] name : byLength[length]) {
            if (HeaderBytes.equalsLowerCase(bytes, from, name)) {
                return true;
            }
        }
        return false;
    }
}
