package com.qeetmart.platform.events.outbox;

/**
 * The one way an event is written out, by the feed and by every delivery alike: the envelope the
 * contracts declare ({@code id, type, occurredAt, sequence, data}), built by PostgreSQL from the
 * outbox row {@code o}, with the data as the service wrote it and the time in UTC (never the
 * session's time zone).
 */
public final class EventJson {

    public static final String ENVELOPE = "json_build_object('id', o.id, 'type', o.type,"
            + " 'occurredAt', to_char(o.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
            + " 'sequence', o.sequence, 'data', o.data)::text";

    private EventJson() {
    }
}
