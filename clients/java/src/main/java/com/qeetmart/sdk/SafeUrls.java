package com.qeetmart.sdk;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** URLs as the SDK shows them to hooks and logs: no user info, no secret query values. */
final class SafeUrls {

    private static final Pattern SECRET_NAME = Pattern.compile("token|secret|password|passwd|key|code|signature|auth");

    private SafeUrls() {
    }

    static String of(URI uri) {
        StringBuilder shown = new StringBuilder();
        if (uri.getScheme() != null) {
            shown.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            shown.append(uri.getHost());
        }
        if (uri.getPort() >= 0) {
            shown.append(':').append(uri.getPort());
        }
        shown.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null) {
            shown.append('?');
            String[] pairs = query.split("&", -1);
            for (int i = 0; i < pairs.length; i++) {
                int equals = pairs[i].indexOf('=');
                String name = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
                boolean secret = SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).find();
                shown.append(i == 0 ? "" : "&").append(equals < 0 || !secret ? pairs[i] : name + "=REDACTED");
            }
        }
        return shown.toString();
    }
}
