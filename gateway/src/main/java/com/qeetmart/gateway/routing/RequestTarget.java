package com.qeetmart.gateway.routing;

import java.net.URI;

/** The raw (still percent-encoded) path and query of a request line's target. */
record RequestTarget(String rawPath, String rawQuery) {

    /** Parses origin-form ({@code /a?b}) and absolute-form targets; null when it is neither. */
    static RequestTarget parse(String uri) {
        if (uri.startsWith("/")) {
            int question = uri.indexOf('?');
            int hash = uri.indexOf('#');
            String target = hash >= 0 ? uri.substring(0, hash) : uri;
            return question < 0 || (hash >= 0 && question > hash) ? new RequestTarget(target, null)
                    : new RequestTarget(target.substring(0, question), target.substring(question + 1));
        }
        try {
            URI absolute = new URI(uri);
            return absolute.getRawPath() == null || absolute.getRawPath().isEmpty() ? null
                    : new RequestTarget(absolute.getRawPath(), absolute.getRawQuery());
        } catch (Exception malformed) {
            return null;
        }
    }
}
