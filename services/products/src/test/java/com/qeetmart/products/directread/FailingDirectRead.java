package com.qeetmart.products.directread;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directread.Representation;
import com.qeetmart.platform.security.Caller;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** A direct read whose database is gone: every read throws, as a JDBC call to a stopped server does. */
@Singleton
@Requires(env = "test")
final class FailingDirectRead implements DirectRead<UUID> {

    static final String PREFIX = "/failing-read/";

    @Override
    public String operation() {
        return "failingRead";
    }

    @Override
    public String route() {
        return PREFIX + "{id}";
    }

    @Override
    public UUID keyOf(String path) {
        return PathKeys.uuidAfter(PREFIX, path);
    }

    @Override
    public Optional<Representation> read(UUID key, Optional<Caller> caller) {
        throw new IllegalStateException("connection refused");
    }
}
