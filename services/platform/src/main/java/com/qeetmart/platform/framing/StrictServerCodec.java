package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * The HTTP/1.1 server codec of every connection, in place of Micronaut's Netty
 * {@code HttpServerCodec}: the same decoder settings, with {@link StrictRequestDecoder}'s framing
 * rules, and an encoder that frames each answer by its own request's method (a HEAD's answer has
 * no body). Unlike Netty's codec, an interim answer ({@code 100 Continue}) takes no request's
 * method: Netty's takes one for it, and every later answer on the connection is framed by the
 * wrong request's method (a desynchronised client behind pipelining). An answer whose head is
 * already bytes ({@link EncodedHead}: a proxied service's) is written as those bytes, framed like any other.
 */
public final class StrictServerCodec extends CombinedChannelDuplexHandler<StrictServerCodec.Decoder, StrictServerCodec.Encoder> {

    public StrictServerCodec(HttpDecoderConfig config) {
        Queue<HttpMethod> methods = new ArrayDeque<>();
        init(new Decoder(config, methods), new Encoder(methods));
    }

    /** Reads requests and notes each one's method, in order, for the encoder. */
    static final class Decoder extends StrictRequestDecoder {

        private final Queue<HttpMethod> methods;

        Decoder(HttpDecoderConfig config, Queue<HttpMethod> methods) {
            super(config);
            this.methods = methods;
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out) throws Exception {
            int before = out.size();
            super.decode(ctx, buffer, out);
            for (int i = before; i < out.size(); i++) {
                if (out.get(i) instanceof HttpRequest request) {
                    methods.add(request.method());
                }
            }
        }
    }

    /** Writes answers, each framed by the method of the request it answers. */
    static final class Encoder extends HttpResponseEncoder {

        private final Queue<HttpMethod> methods;
        private HttpMethod method;

        Encoder(Queue<HttpMethod> methods) {
            this.methods = methods;
        }

        @Override
        protected boolean isContentAlwaysEmpty(HttpResponse response) {
            HttpResponseStatus status = response.status();
            boolean interim = status.codeClass() == HttpStatusClass.INFORMATIONAL
                    && status.code() != HttpResponseStatus.SWITCHING_PROTOCOLS.code();
            if (!interim) {
                method = methods.poll(); // this answer is its request's own
            }
            return HttpMethod.HEAD.equals(method) && !interim || super.isContentAlwaysEmpty(response);
        }

        @Override
        protected void encodeInitialLine(ByteBuf buf, HttpResponse response) throws Exception {
            if (response instanceof EncodedHead encoded) {
                buf.writeBytes(encoded.headBytes(), 0, encoded.headLength()); // its header lines too: the map is empty
            } else {
                super.encodeInitialLine(buf, response);
            }
        }

        @Override
        protected void sanitizeHeadersBeforeEncode(HttpResponse response, boolean isAlwaysEmpty) {
            if (!isAlwaysEmpty && HttpMethod.CONNECT.equals(method) && response.status().codeClass() == HttpStatusClass.SUCCESS) {
                response.headers().remove(HttpHeaderNames.TRANSFER_ENCODING); // a tunnel has no framing
                return;
            }
            super.sanitizeHeadersBeforeEncode(response, isAlwaysEmpty);
        }
    }
}
