/** One page of a change feed, as both feeds answer it. */
interface FeedPage<E> {
  items: E[];
  nextCursor: string;
  hasMore: boolean;
}

/**
 * Every event after `cursor` up to now, fetching pages as they are consumed; each page's end
 * cursor goes to `saveCursor` once its events have been consumed (a crash replays at most one
 * page: apply events idempotently, by `id` or `sequence`):
 * ```ts
 * for await (const event of eventFeed((after) => sdk.catalogEvents.listCatalogEvents({ after }),
 *     await store.cursor(), (c) => store.saveCursor(c))) { apply(event); }
 * ```
 * Start with `undefined` (the oldest event kept, 7 days back). An expired cursor rejects with a
 * `QeetMartApiError` whose code is `CURSOR_EXPIRED`: re-read the resources, then start afresh.
 */
export async function* eventFeed<E>(
  fetchPage: (after: string | undefined) => Promise<FeedPage<E>>,
  cursor: string | undefined,
  saveCursor: (cursor: string) => void | Promise<void>,
): AsyncGenerator<E> {
  for (let after = cursor; ;) {
    const page = await fetchPage(after);
    yield* page.items;
    await saveCursor(page.nextCursor);
    if (!page.hasMore) return;
    after = page.nextCursor;
  }
}
