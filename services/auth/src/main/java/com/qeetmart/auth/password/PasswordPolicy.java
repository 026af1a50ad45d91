package com.qeetmart.auth.password;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.platform.errors.UnprocessableException;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a new password must not be, beyond the contract's 12 to 128 characters (NIST SP 800-63B
 * 5.1.1.2): one of the 100,000 most common passwords (a bundled list, compared without regard to
 * case), or built on the account's own email or the service's name. Refusals are 422 with a code
 * of their own, naming the field.
 * <p>The list is held as sorted 64-bit hashes (800 KB, not the 10 MB of a set of strings).
 */
@Singleton
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "dictionaries/passwords.txt";
    private static final String SERVICE_NAME = "qeetmart";

    private final long[] common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses {@code password} for the account of {@code email}; {@code field} names it in the answer. */
    public void check(String password, String email, String field) {
        String folded = password.toLowerCase(Locale.ROOT);
        if (Arrays.binarySearch(common, hash(folded)) >= 0) {
            throw new UnprocessableException(AuthProblem.PASSWORD_TOO_COMMON, field,
                    "This password is among the most common ones; choose one that is harder to guess");
        }
        String localPart = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        if ((localPart.length() >= 4 && folded.contains(localPart)) || folded.contains(SERVICE_NAME)) {
            throw new UnprocessableException(AuthProblem.PASSWORD_CONTAINS_IDENTITY, field,
                    "The password must not contain your email address or the service's name");
        }
    }

    private static long[] load() {
        InputStream list = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (list == null) {
            throw new IllegalStateException("The common-password list " + COMMON_PASSWORDS + " is not on the classpath");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            long[] hashes = lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .mapToLong(line -> hash(line.toLowerCase(Locale.ROOT))).sorted().distinct().toArray();
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // FNV-1a over UTF-8: with 100,000 entries a password is mistaken for a listed one about once in 10^14.
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
