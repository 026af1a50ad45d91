package com.qeetmart.platform.http;

/** Where a request came from: the client's IP address and its user agent (may be null). */
public record ClientOrigin(String ipAddress, String userAgent) {
}
