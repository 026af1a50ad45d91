package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

import java.util.List;

/**
 * Netty's request decoder, a plain head without a body read as its lines ({@link PlainRequests}:
 * what the gateway passes on line by line, and what stages below Micronaut look up without a
 * header map), refusing two framings it would read one way where another reader
 * (a front proxy, a cache) reads another: a request with both {@code Content-Length} and
 * {@code Transfer-Encoding} (Netty drops the length and reads chunks; RFC 9112 section 6.3 says
 * such a message must end its connection), and a chunk size beyond {@link ChunkLines#LARGEST_CHUNK}.
 * Either is marked failed ({@link FramingViolation}), so the framing stage answers 400 and closes.
 */
class StrictRequestDecoder extends HttpRequestDecoder {

    private final ChunkLines chunks = new ChunkLines();
    private final int maxLineLength;
    private final PlainRequests plain;
    private boolean refused;
    /** Whether Netty's decoder stands between two messages (it has read nothing of the next one). */
    private boolean betweenMessages = true;

    StrictRequestDecoder(HttpDecoderConfig config) {
        super(config);
        this.maxLineLength = config.getMaxInitialLineLength();
        this.plain = new PlainRequests(config);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        super.handleTransferEncodingChunkedWithContentLength(message); // the body is still read as chunks, to its end
        message.setDecoderResult(DecoderResult.failure(new FramingViolation(
                "A request cannot carry both Content-Length and Transfer-Encoding (RFC 9112 section 6.3)")));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out) throws Exception {
        if (refused) {
            buffer.skipBytes(buffer.readableBytes()); // nothing after a refused chunk is a request
            return;
        }
        if (chunks.atSizeLine()) {
            int lineEnd = buffer.indexOf(buffer.readerIndex(), buffer.writerIndex(), (byte) '\n');
            if (lineEnd < 0 && buffer.readableBytes() <= maxLineLength) {
                return; // the whole line first: it is judged before Netty reads it
            }
            String refusal = lineEnd < 0 ? null : ChunkLines.judge(buffer, lineEnd);
            if (refusal != null) {
                refuse(buffer, out, refusal);
                return;
            }
        }
        if (betweenMessages) {
            PlainRequest request = plain.read(buffer);
            if (request != null) {
                out.add(request);
                out.add(LastHttpContent.EMPTY_LAST_CONTENT); // it has no body: Netty's decoder says so the same way
                return;
            }
        }
        int from = buffer.readerIndex();
        int before = out.size();
        super.decode(ctx, buffer, out);
        chunks.consumed(buffer, from, buffer.readerIndex());
        for (int i = before; i < out.size(); i++) {
            follow(out.get(i));
        }
        // Netty's decoder returns right after a message's end: then, and only then, it has read nothing
        // of the next one. Anything else (a head or body in part, a refusal) is its to finish.
        betweenMessages = out.size() > before && out.get(out.size() - 1) instanceof LastHttpContent last
                && last.decoderResult().isSuccess();
    }

    // The decoder's messages say where a chunked body begins (also one refused for its length
    // header: the decoder reads its chunks all the same) and where any body ends.
    private void follow(Object decoded) {
        if (decoded instanceof HttpMessage message && !(decoded instanceof LastHttpContent)
                && HttpUtil.isTransferEncodingChunked(message)) {
            chunks.bodyBegins();
        }
        if (decoded instanceof LastHttpContent || decoded instanceof HttpContent content && !content.decoderResult().isSuccess()) {
            chunks.messageEnds();
        }
    }

    private void refuse(ByteBuf buffer, List<Object> out, String why) {
        refused = true;
        buffer.skipBytes(buffer.readableBytes());
        LastHttpContent failed = new DefaultLastHttpContent();
        failed.setDecoderResult(DecoderResult.failure(new FramingViolation(why)));
        out.add(failed);
    }
}
