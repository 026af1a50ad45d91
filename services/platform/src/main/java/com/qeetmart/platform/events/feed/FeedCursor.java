package com.qeetmart.platform.events.feed;

import com.qeetmart.platform.errors.InvalidRequestException;
import com.qeetmart.platform.problem.ProblemKind;

/**
 * A position in the feed as clients hold it: {@code e<position>}. Opaque to them (the contract
 * says so), so its form may change; a cursor that is not one of ours is a 400 naming {@code after}.
 */
final class FeedCursor {

    private FeedCursor() {
    }

    static String of(long position) {
        return "e" + position;
    }

    /** The position after which to read; empty text for no cursor is refused as any other. */
    static long parse(String cursor) {
        if (cursor.length() < 2 || cursor.length() > 19 || cursor.charAt(0) != 'e'
                || !cursor.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid();
        }
        return Long.parseLong(cursor.substring(1));
    }

    static InvalidRequestException invalid() {
        return new InvalidRequestException(ProblemKind.VALIDATION_FAILED, "after",
                "Not a cursor of this feed: pass back a nextCursor as it was given");
    }
}
