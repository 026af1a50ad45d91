package com.qeetmart.platform.events.feed;

import com.qeetmart.platform.errors.GoneException;
import com.qeetmart.platform.events.EventCatalog;
import com.qeetmart.platform.events.EventsProblem;
import com.qeetmart.platform.events.outbox.EventJson;
import com.qeetmart.platform.security.Caller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed: the events a caller may receive, in feed order, after a cursor. A page reads at
 * most {@link #STRETCH} positions of the feed, so its cost does not depend on how many events of
 * other types or owners lie between the reader and the next one it may see (it may come back
 * short, even empty, with {@code hasMore}). A cursor older than what retention kept is refused as
 * expired (the reader must resynchronise), one beyond the feed's head as not ours.
 */
@Singleton
@Requires(bean = EventCatalog.class)
@Requires(classes = TransactionOperations.class)
public class EventFeed {

    static final long STRETCH = 10_000;

    private static final String PAGE = "SELECT o.position, " + EventJson.ENVELOPE + " FROM event_outbox o"
            + " WHERE o.position > ? AND o.position <= ? AND o.type = ANY (?)"
            + " AND (? OR o.owner_id IS NULL OR o.owner_id = ?) ORDER BY o.position LIMIT ?";

    private final TransactionOperations<Connection> tx;
    private final EventCatalog catalog;

    EventFeed(TransactionOperations<Connection> tx, EventCatalog catalog) {
        this.tx = tx;
        this.catalog = catalog;
    }

    /** Up to {@code limit} events after {@code after} (null: the oldest kept), of {@code types} (empty: all). */
    public FeedPage read(Caller caller, String after, List<String> types, int limit) {
        List<String> receivable = catalog.receivable(caller);
        List<String> wanted = types.isEmpty() ? receivable : types.stream().filter(receivable::contains).toList();
        return tx.executeRead(status -> {
            try {
                return page(status.getConnection(), caller, after, wanted, limit);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the event feed: " + e.getMessage(), e);
            }
        });
    }

    private FeedPage page(Connection c, Caller caller, String cursor, List<String> types, int limit) throws SQLException {
        long horizon = single(c, "SELECT last_removed FROM event_feed_horizon");
        long head = Math.max(horizon, single(c, "SELECT coalesce(max(position), 0) FROM event_outbox"));
        long after = cursor == null ? horizon : FeedCursor.parse(cursor);
        if (after < horizon) {
            throw new GoneException(EventsProblem.CURSOR_EXPIRED, "Events after this cursor are no longer kept;"
                    + " re-read the resources, then follow the feed from a fresh cursor");
        }
        if (after > head) {
            throw FeedCursor.invalid();
        }
        long end = Math.min(head, after + STRETCH);
        List<String> events = new ArrayList<>();
        long last = after;
        try (PreparedStatement select = c.prepareStatement(PAGE)) {
            select.setLong(1, after);
            select.setLong(2, end);
            select.setArray(3, c.createArrayOf("text", types.toArray()));
            select.setBoolean(4, caller.isAdmin());
            select.setObject(5, caller.id());
            select.setInt(6, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    events.add(rs.getString(2));
                }
            }
        }
        long next = events.size() == limit ? last : end;
        return new FeedPage(events, FeedCursor.of(next), next < head);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
