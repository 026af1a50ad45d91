// A stand-in for the gateway: answers each "METHOD /path" with the answers queued for it (the last
// one repeats) and records every request, so tests see exactly what the SDK sent.
import { createServer } from 'node:http';

export async function stubApi() {
  const answers = new Map();
  const seen = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      const url = new URL(request.url, 'http://stub');
      const path = url.pathname.replace(/^\/api\/v1/, '');
      seen.push({ method: request.method, path, query: url.search.slice(1), body,
        authorization: request.headers.authorization, idempotencyKey: request.headers['idempotency-key'],
        ifNoneMatch: request.headers['if-none-match'], userAgent: request.headers['user-agent'], ifMatch: request.headers['if-match'] });
      const queue = answers.get(`${request.method} ${path}`) ?? [problem(404, 'NOT_FOUND')];
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      if (answer.silent) return; // a server that accepts the call and never answers
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}/api/v1`,
    on(request, ...queued) { answers.set(request, queued); return this; },
    seen: (method, path) => seen.filter((s) => s.method === method && s.path === path),
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

export const json = (status, body) => ({ status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

export const problem = (status, code, headers = {}) => ({
  status,
  body: JSON.stringify({ type: '/problems/x', title: 't', status, code, correlationId: `corr-${status}` }),
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': `corr-${status}`, ...headers },
});

/** An answer that never comes. */
export const silence = { silent: true };
