package com.qeetmart.gateway.edge;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A service must never see a path that leaves the route group it was routed by. */
final class PathSegments {

    private PathSegments() {
    }

    /** Whether a raw path has a '.' or '..' segment, or an encoded '/', once decoded. */
    static boolean climbOut(String rawPath) {
        int start = 0;
        while (start <= rawPath.length()) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            if (climbs(rawPath, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    // Most segments have neither '.' nor '%': they are passed without a copy.
    private static boolean climbs(String path, int start, int end) {
        int length = end - start;
        boolean dots = length == 1 && path.charAt(start) == '.' || length == 2 && path.startsWith("..", start);
        if (dots) {
            return true;
        }
        int percent = path.indexOf('%', start);
        if (percent < 0 || percent >= end) {
            return false;
        }
        String decoded = decode(path.substring(start, end));
        return decoded.equals(".") || decoded.equals("..") || decoded.contains("/");
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return ".."; // an undecodable segment is refused like a climbing one
        }
    }
}
