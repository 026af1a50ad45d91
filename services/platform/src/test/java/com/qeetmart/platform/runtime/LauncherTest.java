package com.qeetmart.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void startsTheServerAndWritesNothingButLogLinesToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ApplicationContext context = Launcher.run(LauncherTest.class, "--micronaut.server.port=-1")) {
            assertTrue(context.getBean(EmbeddedServer.class).isRunning());
        } finally {
            System.setOut(original);
        }
        // The tests log warnings only, so a quiet start leaves standard output empty: no banner.
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
