package com.qeetmart.platform.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.handler.timeout.IdleStateHandler;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The declaration is the order: stages enter between Micronaut's codec and its handler, as declared. */
class EdgePipelineTest {

    private static final ServerCodec CODEC = channel -> new HttpServerCodec();

    @Test
    void stagesEnterInTheDeclaredOrderWhateverOrderTheirProvidersCameIn() {
        EmbeddedChannel channel = micronautLikeConnection();
        EdgePipeline pipeline = new EdgePipeline(List.of(provider(PlatformStage.PROXY), provider(PlatformStage.DIRECT_WRITE),
                provider(PlatformStage.FRAMING), provider(PlatformStage.DIRECT_READ), provider(PlatformStage.ACCEPT_ENCODING)), CODEC);
        pipeline.install(channel);
        assertEquals(List.of(EdgePipeline.CODEC, "qeetmart-framing", "qeetmart-accept-encoding", "qeetmart-direct-read",
                "qeetmart-direct-write", "qeetmart-proxy", EdgePipeline.MICRONAUT), names(channel));
    }

    @Test
    void micronautsIdleAndWebSocketHandlersAreLeftOutWhereTheFramingStageKeepsTheDeadlines() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast("idle-state", new IdleStateHandler(0, 0, 300)).addLast(EdgePipeline.CODEC, new HttpServerCodec())
                .addLast("WebSocketServerCompressionHandler", new WebSocketServerCompressionHandler())
                .addLast(EdgePipeline.MICRONAUT, new ChannelHandlerAdapter() { });
        new EdgePipeline(List.of(provider(PlatformStage.FRAMING)), CODEC).install(channel);
        assertEquals(List.of(EdgePipeline.CODEC, "qeetmart-framing", EdgePipeline.MICRONAUT), names(channel));
    }

    @Test
    void withoutTheFramingStageMicronautsIdleHandlerStays() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast("idle-state", new IdleStateHandler(0, 0, 300)).addLast(EdgePipeline.CODEC, new HttpServerCodec())
                .addLast(EdgePipeline.MICRONAUT, new ChannelHandlerAdapter() { });
        new EdgePipeline(List.of(provider(PlatformStage.PROXY)), CODEC).install(channel);
        assertEquals(List.of("idle-state", EdgePipeline.CODEC, "qeetmart-proxy", EdgePipeline.MICRONAUT), names(channel));
    }

    @Test
    void aProviderThatDeclinesAConnectionLeavesItsStageOut() {
        EmbeddedChannel channel = micronautLikeConnection();
        StageProvider declining = new StageProvider() {
            @Override
            public PlatformStage stage() {
                return PlatformStage.PROXY;
            }

            @Override
            public ChannelHandler handlerFor(Channel connection) {
                return null; // as on the management port
            }
        };
        new EdgePipeline(List.of(declining, provider(PlatformStage.FRAMING)), CODEC).install(channel);
        assertEquals(List.of(EdgePipeline.CODEC, "qeetmart-framing", EdgePipeline.MICRONAUT), names(channel));
    }

    @Test
    void withoutMicronautsHandlerNoStageIsAddedAnywhereElse() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast(EdgePipeline.CODEC, new HttpServerCodec()).addLast("renamed-handler", new ChannelHandlerAdapter() { });
        new EdgePipeline(List.of(provider(PlatformStage.FRAMING)), CODEC).install(channel);
        assertEquals(List.of(EdgePipeline.CODEC, "renamed-handler"), names(channel));
    }

    @Test
    void twoProvidersOfOneStageAreRefusedAtStart() {
        assertThrows(IllegalStateException.class,
                () -> new EdgePipeline(List.of(provider(PlatformStage.PROXY), provider(PlatformStage.PROXY)), CODEC));
    }

    /** Against Micronaut itself: fails when Micronaut renames or reorders the handlers the declaration names. */
    @Test
    void aRealServersConnectionsCarryThePlatformStagesBetweenMicronautsCodecAndHandler() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "qeetmart.warm-up.requests", 0), "edge-pipeline-test").getApplicationContext()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            // Answered on a connection the client keeps open: its pipeline is read while it is alive.
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                    + "/nothing-here")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode());
            List<String> names = context.getBean(Connections.class).firstPipeline();
            int codec = names.indexOf(EdgePipeline.CODEC);
            int handler = names.indexOf(EdgePipeline.MICRONAUT);
            List<String> between = names.subList(codec + 1, handler);
            assertEquals(List.of("qeetmart-framing", "qeetmart-accept-encoding"),
                    between.stream().filter(name -> name.startsWith("qeetmart-")).toList(), "pipeline: " + names);
            assertEquals("StrictServerCodec", context.getBean(Connections.class).firstCodec(),
                    "the platform's codec stands in the place of Micronaut's");
            ChannelPipeline pipeline = context.getBean(Connections.class).first().pipeline();
            assertNull(pipeline.get(IdleStateHandler.class), "pipeline: " + names);
            assertNull(pipeline.get(WebSocketServerExtensionHandler.class), "pipeline: " + names);
        }
    }

    /** Remembers each connection's pipeline as Micronaut built it (test context only). */
    @Singleton
    @Requires(env = "edge-pipeline-test")
    static final class Connections implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

        private final List<Channel> channels = new CopyOnWriteArrayList<>();

        @Override
        public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
            event.getBean().register(new Recording(null));
            return event.getBean();
        }

        Channel first() {
            return channels.get(0);
        }

        List<String> firstPipeline() {
            return channels.get(0).pipeline().names();
        }

        String firstCodec() {
            return channels.get(0).pipeline().get(EdgePipeline.CODEC).getClass().getSimpleName();
        }

        private final class Recording implements NettyServerCustomizer {
            private final Channel channel;

            Recording(Channel channel) {
                this.channel = channel;
            }

            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return new Recording(channel);
            }

            @Override
            public void onStreamPipelineBuilt() {
                if (channel != null) {
                    channels.add(channel);
                }
            }
        }
    }

    private static EmbeddedChannel micronautLikeConnection() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast(EdgePipeline.CODEC, new HttpServerCodec())
                .addLast(EdgePipeline.MICRONAUT, new ChannelHandlerAdapter() { });
        return channel;
    }

    private static List<String> names(EmbeddedChannel channel) {
        return channel.pipeline().names().stream().filter(name -> !name.startsWith("DefaultChannelPipeline")).toList();
    }

    private static StageProvider provider(PlatformStage stage) {
        return new StageProvider() {
            @Override
            public PlatformStage stage() {
                return stage;
            }

            @Override
            public ChannelHandler handlerFor(Channel channel) {
                return new ChannelHandlerAdapter() { };
            }
        };
    }
}
