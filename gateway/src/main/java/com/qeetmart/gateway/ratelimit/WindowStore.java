package com.qeetmart.gateway.ratelimit;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** Where every replica's request counts meet: {@link RedisWindows}, or a stand-in in tests. */
interface WindowStore {

    /** Adds each increment to its key's window; the answers (total, time left) come in the same order. */
    CompletionStage<List<Window>> add(List<String> keys, List<Long> increments, long windowMillis);
}
