package com.qeetmart.platform.events;

import com.qeetmart.platform.errors.ProblemCode;

/** The events' own refusals, answered by every service that emits events. */
public enum EventsProblem implements ProblemCode {
    CURSOR_EXPIRED("Cursor expired"),
    WEBHOOK_URL_REFUSED("Webhook URL refused"),
    EVENT_TYPE_NOT_ALLOWED("Event type not allowed"),
    TOO_MANY_WEBHOOK_ENDPOINTS("Too many webhook endpoints");

    private final String title;

    EventsProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
