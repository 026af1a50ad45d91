package com.qeetmart.products.events;

import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code webhook_promote} (R__events.sql) between the relay that queues a resource's next
 * delivery and the senders that end the ones before it, in the order that once lost one: the
 * relay's promotion waited for a sender ending the head, then found the head's successor already
 * PENDING (that sender had promoted it) and left its new delivery QUEUED without holding that
 * successor; before the relay committed, a second sender ended the successor and promoted
 * nothing, the new delivery not yet visible to it. The new delivery then stayed QUEUED for ever
 * (a replicated-relays run in CI saw 58 of 60 delivered).
 * The endpoint is disabled, so the service's own relay leaves these rows alone.
 */
@MicronautTest(transactional = false)
class ChainPromotionTest extends CatalogTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void aDeliveryQueuedWhileItsPredecessorEndsIsPromotedByOneSideOrTheOther() throws Exception {
        UUID endpoint = UUID.randomUUID();
        UUID resource = UUID.randomUUID();
        DB.execute("INSERT INTO webhook_endpoint (id, created_by, url, event_types, enabled, created_at) VALUES ('"
                + endpoint + "', gen_random_uuid(), 'http://127.0.0.1:9/', '{product.updated}', false, now())");
        UUID first = delivery(endpoint, resource, 1, "PENDING");
        UUID second = delivery(endpoint, resource, 2, "QUEUED");

        try (Connection relay = connect(); Connection sender = connect(); Connection nextSender = connect()) {
            int relayPid = pid(relay);
            int nextSenderPid = pid(nextSender);
            // A sender ends the head and promotes the second, as Deliverer does; not committed yet.
            sender.setAutoCommit(false);
            end(sender, first);
            assertEquals(1, promote(sender, endpoint, resource));

            // Meanwhile the relay queues a third and promotes: it waits for the sender's lock on the head.
            relay.setAutoCommit(false);
            UUID third = insertDelivery(relay, endpoint, resource, 3);
            CompletableFuture<Integer> relayPromoted = CompletableFuture.supplyAsync(() -> promoteOrFail(relay,
                    endpoint, resource));
            awaitDoneOrWaitingForLock(relayPromoted, relayPid);
            sender.commit();
            assertEquals(0, relayPromoted.get(DEADLINE.toSeconds(), TimeUnit.SECONDS),
                    "the second is the head now: the third waits behind it");

            // Before the relay commits, another sender ends the second and promotes what it can see.
            CompletableFuture<Integer> ended = CompletableFuture.supplyAsync(() -> endAndPromote(nextSender, second,
                    endpoint, resource));
            awaitDoneOrWaitingForLock(ended, nextSenderPid);
            relay.commit();
            ended.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

            assertEquals("DELIVERED", state(second));
            assertEquals("PENDING", state(third), "the delivery queued while the one before it ended");
        }
    }

    private static void end(Connection c, UUID delivery) throws SQLException {
        try (Statement end = c.createStatement()) {
            end.executeUpdate("UPDATE webhook_delivery SET state = 'DELIVERED' WHERE id = '" + delivery + "'");
        }
    }

    private static int promoteOrFail(Connection c, UUID endpoint, UUID resource) {
        try {
            return promote(c, endpoint, resource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer endAndPromote(Connection sender, UUID head, UUID endpoint, UUID resource) {
        try {
            sender.setAutoCommit(false);
            end(sender, head);
            int promoted = promote(sender, endpoint, resource);
            sender.commit();
            return promoted;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until the work is done, or its connection waits on a lock (then only another's commit frees it). */
    private static void awaitDoneOrWaitingForLock(CompletableFuture<?> work, int pid) {
        Eventually.await("done, or waiting on a lock", DEADLINE, () -> work.isDone() || DB.count(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid + " AND wait_event_type = 'Lock'") > 0);
    }

    private static UUID delivery(UUID endpoint, UUID resource, int position, String state) throws SQLException {
        try (Connection c = connect()) {
            UUID id = insertDelivery(c, endpoint, resource, position);
            try (Statement set = c.createStatement()) {
                set.executeUpdate("UPDATE webhook_delivery SET state = '" + state + "' WHERE id = '" + id + "'");
            }
            return id;
        }
    }

    /** An event, already in the feed (the relay's stamper passes it by), and its delivery QUEUED. */
    private static UUID insertDelivery(Connection c, UUID endpoint, UUID resource, int position) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement("""
                WITH event AS (
                  INSERT INTO event_outbox (id, type, resource_id, sequence, occurred_at, data, position)
                  VALUES (gen_random_uuid(), 'product.updated', ?, ?, now(), '{}',
                          (SELECT coalesce(max(position), 0) + 1000 FROM event_outbox))
                  RETURNING seq, position)
                INSERT INTO webhook_delivery (id, endpoint_id, event_seq, position, resource_id, state,
                                              next_attempt_at, created_at)
                SELECT ?, ?, seq, position, ?, 'QUEUED', now(), now() FROM event""")) {
            insert.setObject(1, resource);
            insert.setInt(2, position);
            insert.setObject(3, id);
            insert.setObject(4, endpoint);
            insert.setObject(5, resource);
            insert.executeUpdate();
        }
        return id;
    }

    private static int promote(Connection c, UUID endpoint, UUID resource) throws SQLException {
        try (PreparedStatement promote = c.prepareStatement("SELECT webhook_promote(?, ?)")) {
            promote.setObject(1, endpoint);
            promote.setObject(2, resource);
            try (ResultSet rs = promote.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String state(UUID delivery) {
        return DB.text("SELECT state FROM webhook_delivery WHERE id = '" + delivery + "'");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB.url(), "postgres", "");
    }
}
