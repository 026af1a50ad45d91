package com.qeetmart.platform.events.feed;

import java.util.List;

/**
 * A page of the change feed: each event as the JSON text webhooks deliver, where to continue,
 * and whether more is there already.
 */
public record FeedPage(List<String> events, String nextCursor, boolean hasMore) {
}
