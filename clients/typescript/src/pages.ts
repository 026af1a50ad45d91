/**
 * Every item of a paged list, fetching pages as they are consumed:
 * ```ts
 * for await (const product of pages((page) => sdk.products.searchProducts({ page, size: 100 }),
 *     (p) => p.items, (p) => p.page.hasNext)) { ... }
 * ```
 */
export async function* pages<P, T>(
  fetchPage: (pageNumber: number) => Promise<P>,
  items: (page: P) => T[],
  hasNext: (page: P) => boolean,
): AsyncGenerator<T> {
  for (let number = 0; ; number++) {
    const page = await fetchPage(number);
    yield* items(page);
    if (!hasNext(page)) return;
  }
}
