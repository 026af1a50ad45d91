package com.qeetmart.platform.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the first unsafe string ({@link UnsafeText}) in a JSON document, key or value, at any
 * depth, and names where it is as the field errors do ({@code lines[0].name}, {@code attributes.k}).
 * A document that is not JSON has none: binding it reports that.
 */
final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    static Optional<String> firstUnsafe(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && UnsafeText.isUnsafe(parser.getText())) {
                    // A bad key is reported at the object that holds it (the key itself is unprintable).
                    JsonStreamContext at = parser.getParsingContext();
                    return Optional.of(pathOf(token == JsonToken.FIELD_NAME ? at.getParent() : at));
                }
            }
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
