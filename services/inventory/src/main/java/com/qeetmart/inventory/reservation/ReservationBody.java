package com.qeetmart.inventory.reservation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.qeetmart.platform.directread.PathKeys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A reservation request's JSON body, read strictly for the direct write: the contract's
 * {@code ReservationRequest} in its plainest form (each property once, no nulls, ids in canonical
 * form, integers as integers, every value within the contract's bounds, a buyer reference of
 * visible ASCII, nothing after the object). Anything else reads as null, and Micronaut's binding
 * and validation answer the request, with their problems.
 */
record ReservationBody(UUID orderId, List<Line> lines, Integer ttlSeconds, String buyerReference) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_LINES = 50;
    private static final int MAX_QUANTITY = 100_000;
    private static final int MIN_TTL = 30;
    private static final int MAX_TTL = 86_400;
    private static final int MAX_REFERENCE = 100;

    /** The body, or null when it is not in that form. */
    static ReservationBody read(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            ReservationBody body = object(parser);
            return body != null && parser.nextToken() == null ? body : null;
        } catch (IOException | RuntimeException unusual) {
            return null;
        }
    }

    private static ReservationBody object(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        UUID orderId = null;
        List<Line> lines = null;
        Integer ttl = null;
        String reference = null;
        Set<String> seen = new HashSet<>(4);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            if (token != JsonToken.FIELD_NAME || !seen.add(name)) {
                return null;
            }
            JsonToken value = parser.nextToken();
            switch (name) {
                case "orderId" -> orderId = value == JsonToken.VALUE_STRING ? PathKeys.uuid(parser.getText()) : null;
                case "lines" -> lines = value == JsonToken.START_ARRAY ? lines(parser) : null;
                case "ttlSeconds" -> ttl = intWithin(parser, value, MIN_TTL, MAX_TTL);
                case "buyerReference" -> reference = value == JsonToken.VALUE_STRING && visibleAscii(parser.getText())
                        ? parser.getText() : null;
                default -> {
                    return null;
                }
            }
            if (!isSet(name, orderId, lines, ttl, reference)) {
                return null; // present, so it must have been read: a null, a wrong type, out of bounds
            }
        }
        return orderId == null || lines == null ? null : new ReservationBody(orderId, lines, ttl, reference);
    }

    private static boolean isSet(String name, UUID orderId, List<Line> lines, Integer ttl, String reference) {
        return switch (name) {
            case "orderId" -> orderId != null;
            case "lines" -> lines != null;
            case "ttlSeconds" -> ttl != null;
            default -> reference != null;
        };
    }

    private static List<Line> lines(JsonParser parser) throws IOException {
        List<Line> lines = new ArrayList<>(1);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            Line line = token == JsonToken.START_OBJECT ? line(parser) : null;
            if (line == null || lines.size() == MAX_LINES) {
                return null;
            }
            lines.add(line);
        }
        return lines.isEmpty() ? null : List.copyOf(lines);
    }

    private static Line line(JsonParser parser) throws IOException {
        UUID product = null;
        Integer quantity = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("productId".equals(name) && product == null && value == JsonToken.VALUE_STRING) {
                product = PathKeys.uuid(parser.getText());
            } else if ("quantity".equals(name) && quantity == null) {
                quantity = intWithin(parser, value, 1, MAX_QUANTITY);
            } else {
                return null;
            }
            if (product == null && "productId".equals(name) || quantity == null && "quantity".equals(name)) {
                return null;
            }
        }
        return product == null || quantity == null ? null : new Line(product, quantity);
    }

    private static Integer intWithin(JsonParser parser, JsonToken value, int min, int max) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            return null;
        }
        int n = parser.getIntValue();
        return n >= min && n <= max ? n : null;
    }

    private static boolean visibleAscii(String text) {
        if (text.isEmpty() || text.length() > MAX_REFERENCE) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
