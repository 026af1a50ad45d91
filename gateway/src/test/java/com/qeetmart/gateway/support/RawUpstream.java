package com.qeetmart.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * An upstream that speaks raw TCP, for what no real HTTP server does on purpose (garbage
 * answers, connections dropped mid-exchange): each accepted connection is handed to
 * {@code connection} on a daemon thread of its own. Closing the socket stops it.
 */
public final class RawUpstream {

    /** What the upstream does with one connection; it owns the socket. */
    public interface Connection {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private RawUpstream() {
    }

    public static ServerSocket start(Connection connection) {
        try {
            ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            daemon(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        daemon(() -> {
                            try (socket) {
                                connection.serve(socket);
                            } catch (IOException | InterruptedException ended) {
                                // the gateway or the test closed it
                            }
                        }).start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }).start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        return thread;
    }
}
