package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;

/**
 * Where a chunked body's size lines are, followed over the bytes the decoder has consumed (a size
 * line, that many bytes of data, the line end after them, the next size line; after the last
 * chunk, trailers until the decoder ends the message), so that each size line can be judged
 * before the decoder reads it. Netty reads a size into 32 bits and wraps: {@code 100000014} is
 * read as 20 bytes, where a front proxy reading 64 bits sees 4 GiB and takes the rest as body.
 */
final class ChunkLines {

    /** The largest chunk this server reads: Netty's own limit, without its wrap-around. */
    static final long LARGEST_CHUNK = Integer.MAX_VALUE;

    private static final String TOO_LARGE = "A chunk size beyond " + LARGEST_CHUNK
            + " bytes is refused: readers that take sizes in 32 and 64 bits would frame the rest differently";

    private enum Place { OUTSIDE, SIZE_LINE, DATA, DATA_END, TRAILERS }

    private Place place = Place.OUTSIDE;
    private long dataLeft;
    private long size;
    private boolean sizeStarted;
    private boolean sizeEnded;

    /** A chunked body begins after the head the decoder just read. */
    void bodyBegins() {
        startSizeLine();
    }

    /** The message ended (its last content was read, or it failed): what follows is a head. */
    void messageEnds() {
        place = Place.OUTSIDE;
    }

    /** Whether the decoder reads a size line next: it must be {@link #judge judged} first. */
    boolean atSizeLine() {
        return place == Place.SIZE_LINE;
    }

    /**
     * Why the size line from the buffer's reader index to {@code lineEnd} is refused; null when it
     * may be read (a line that is no size at all is left to Netty's own rules).
     */
    static String judge(ByteBuf buffer, int lineEnd) {
        long value = 0;
        int digits = 0;
        int i = buffer.readerIndex();
        while (i < lineEnd && (buffer.getByte(i) == ' ' || buffer.getByte(i) == '\t')) {
            i++;
        }
        for (; i < lineEnd; i++) {
            int nibble = Character.digit(buffer.getByte(i), 16);
            if (nibble < 0) {
                break;
            }
            if (digits > 0 || nibble > 0) {
                digits++;
            }
            if (digits > 8) {
                return TOO_LARGE;
            }
            value = value * 16 + nibble;
        }
        return value > LARGEST_CHUNK ? TOO_LARGE : null;
    }

    /** Follows the bytes the decoder consumed, from {@code from} to {@code to}. */
    void consumed(ByteBuf buffer, int from, int to) {
        int i = from;
        while (i < to && place != Place.OUTSIDE && place != Place.TRAILERS) {
            if (place == Place.DATA) {
                int taken = (int) Math.min(dataLeft, to - i);
                dataLeft -= taken;
                i += taken;
                if (dataLeft == 0) {
                    place = Place.DATA_END;
                }
                continue;
            }
            byte b = buffer.getByte(i++);
            if (place == Place.DATA_END) {
                if (b == '\n') {
                    startSizeLine();
                }
            } else if (b == '\n') {
                endSizeLine();
            } else {
                readSizeByte(b);
            }
        }
    }

    // The size is read as judge() read it: blanks before it, hex digits, then anything (an
    // extension, the line end's CR) ends it. A judged line's size fits; saturating keeps it so.
    private void readSizeByte(byte b) {
        int nibble = Character.digit(b, 16);
        if (sizeEnded || !sizeStarted && (b == ' ' || b == '\t')) {
            return;
        }
        if (nibble < 0) {
            sizeEnded = true;
            return;
        }
        sizeStarted = true;
        size = Math.min(size * 16 + nibble, LARGEST_CHUNK + 1);
    }

    private void endSizeLine() {
        dataLeft = size;
        place = size == 0 ? Place.TRAILERS : Place.DATA;
    }

    private void startSizeLine() {
        place = Place.SIZE_LINE;
        size = 0;
        sizeStarted = false;
        sizeEnded = false;
    }
}
