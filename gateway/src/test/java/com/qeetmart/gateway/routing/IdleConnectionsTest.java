package com.qeetmart.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Which idle upstream connection a request may go on: never one the service may be closing. */
class IdleConnectionsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final List<Channel> dropped = new ArrayList<>();
    private final IdleConnections idle = new IdleConnections(dropped::add);

    @Test
    void theMostRecentlyUsedConnectionIsReusedFirst() {
        EmbeddedChannel older = new EmbeddedChannel();
        EmbeddedChannel newer = new EmbeddedChannel();
        idle.add(older, 0);
        idle.add(newer, SECOND);

        assertSame(newer, idle.take(2 * SECOND));
        assertSame(older, idle.take(2 * SECOND));
        assertNull(idle.take(2 * SECOND));
    }

    @Test
    void aConnectionIdleForHalfTheServicesTimeoutIsClosedNotReused() {
        EmbeddedChannel stale = new EmbeddedChannel();
        idle.add(stale, 0);

        assertNull(idle.take(30 * SECOND), "30 s idle: the service (60 s) may be about to close it");
        assertFalse(stale.isOpen(), "closed here");
        assertEquals(List.of(stale), dropped, "and the pool told, so it may open another");
    }

    @Test
    void aConnectionJustUnderTheLimitIsReused() {
        EmbeddedChannel fresh = new EmbeddedChannel();
        idle.add(fresh, 0);
        assertSame(fresh, idle.take(30 * SECOND - 1));
        assertTrue(dropped.isEmpty());
    }

    @Test
    void aConnectionTheServiceClosedIsSkippedAndDropped() {
        EmbeddedChannel closed = new EmbeddedChannel();
        EmbeddedChannel open = new EmbeddedChannel();
        idle.add(open, 0);
        idle.add(closed, SECOND);
        closed.close();

        assertSame(open, idle.take(2 * SECOND));
        assertEquals(List.of(closed), dropped);
    }

    @Test
    void aConnectionClosedWhileIdleIsRemovedOnce() {
        EmbeddedChannel channel = new EmbeddedChannel();
        idle.add(channel, 0);
        assertTrue(idle.remove(channel));
        assertFalse(idle.remove(channel));
    }
}
