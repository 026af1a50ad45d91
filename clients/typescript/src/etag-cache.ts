export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The URL a fetch call asks for, whichever form its input has. */
export function urlOf(input: Parameters<Fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** How many catalog reads by id to keep (default 256); `etagCache: false` turns the cache off. */
export interface EtagCacheOptions {
  maxEntries?: number | undefined;
}

export const DEFAULT_ETAG_CACHE_ENTRIES = 256;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const CACHEABLE = new RegExp(`/(products/${UUID}(/variants/${UUID})?|categories/${UUID})$`);

interface Entry {
  etag: string;
  body: ArrayBuffer;
  headers: [string, string][];
}

/**
 * The last answer to each catalog read by id (a product, a category, a variant), with its ETag:
 * the next read of the same URL sends `If-None-Match`, and a 304 Not Modified is answered from this
 * copy as the 200 it stands for. At most `maxEntries` URLs are kept (the least recently used goes
 * first); answers marked `no-store` and answers without an ETag are never kept.
 */
export class EtagCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  wrap(next: Fetch): Fetch {
    return async (input, init) => {
      const url = urlOf(input);
      const headers = new Headers(init?.headers);
      if ((init?.method ?? 'GET').toUpperCase() !== 'GET' || headers.has('If-None-Match') || !covers(url)) {
        return next(input, init);
      }
      const cached = this.take(url);
      if (cached) headers.set('If-None-Match', cached.etag);
      const response = await next(input, { ...init, headers });
      if (response.status === 304 && cached) {
        // The stored answer with the headers the 304 updates (RFC 9111, section 4.3.4).
        const merged = new Headers(cached.headers);
        response.headers.forEach((value, name) => {
          if (name !== 'content-length' && name !== 'content-type') merged.set(name, value);
        });
        this.keep(url, { etag: response.headers.get('ETag') ?? cached.etag, body: cached.body, headers: entriesOf(merged) });
        return new Response(cached.body.slice(0), { status: 200, statusText: 'OK', headers: merged });
      }
      const etag = response.headers.get('ETag');
      if (response.status === 200 && etag && !/no-store/i.test(response.headers.get('Cache-Control') ?? '')) {
        this.keep(url, { etag, body: await response.clone().arrayBuffer(), headers: entriesOf(response.headers) });
      }
      return response;
    };
  }

  /** Removes the entry (a read that does not end in 200 or 304 forgets it); keep() puts it back. */
  private take(url: string): Entry | undefined {
    const entry = this.entries.get(url);
    this.entries.delete(url);
    return entry;
  }

  private keep(url: string, entry: Entry): void {
    this.entries.delete(url);
    this.entries.set(url, entry);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }
}

function covers(url: string): boolean {
  const parsed = new URL(url, 'http://relative.invalid');
  return parsed.search === '' && CACHEABLE.test(parsed.pathname);
}

function entriesOf(headers: Headers): [string, string][] {
  const all: [string, string][] = [];
  headers.forEach((value, name) => all.push([name, value]));
  return all;
}
