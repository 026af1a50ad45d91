package com.qeetmart.products.catalog;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Free-form attributes are stored as a jsonb object of strings. */
@Singleton
public class AttributesJson {

    private static final Argument<Map<String, String>> MAP = Argument.mapOf(String.class, String.class);

    private final JsonMapper json;

    AttributesJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes == null ? Map.of() : attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> read(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
