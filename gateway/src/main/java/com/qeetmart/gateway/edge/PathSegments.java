package com.qeetmart.gateway.edge;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A service must never see a path that leaves the route group it was routed by. */
final class PathSegments {

    private PathSegments() {
    }

    /** Whether a raw path has a '.' or '..' segment, or an encoded '/', once decoded. */
    static boolean climbOut(String rawPath) {
        for (String segment : rawPath.split("/")) {
            String decoded = segment.indexOf('%') >= 0 ? decode(segment) : segment;
            if (decoded.equals(".") || decoded.equals("..") || decoded.contains("/")) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return ".."; // an undecodable segment is refused like a climbing one
        }
    }
}
