package com.qeetmart.platform.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port nothing listens on, for a test server whose URL must be known before it starts. Taken
 * below the kernel's ephemeral range (32768 and up on Linux), where the outgoing connections of
 * every test client get their local ports: a port the kernel handed out as free (bind to 0) can be
 * taken by such a connection before the server binds it, and the server then fails to start. Each
 * call in a JVM gets a port of its own, from a random start so that two JVMs rarely meet.
 */
public final class FreePort {

    private static final int FIRST = 20_000;
    private static final int COUNT = 12_000;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(COUNT));

    private FreePort() {
    }

    public static int find() {
        for (int tried = 0; tried < COUNT; tried++) {
            int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), COUNT);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + (FIRST + COUNT));
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
