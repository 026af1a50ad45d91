package com.qeetmart.platform.events.webhook;

import java.util.List;

/** What a caller sends to register or replace an endpoint. */
public record EndpointInput(String url, List<String> eventTypes, String description, boolean enabled) {

    public EndpointInput {
        eventTypes = List.copyOf(eventTypes);
    }
}
