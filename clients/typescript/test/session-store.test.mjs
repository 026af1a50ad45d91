// A person's session kept outside the process: resumed without a password, every rotation saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart } from '../target/package/dist/esm/index.js';
import { json, problem, stubApi } from './stub-api.mjs';

const fast = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const page = { items: [], page: { number: 0, size: 20, totalElements: 0, totalElementsExact: true, totalPages: 0, hasNext: false } };
const tokens = (access, refresh) => json(200, { accessToken: access, refreshToken: refresh, tokenType: 'Bearer', expiresIn: 900 });
const credentials = { email: 'buyer@example.com', password: 'a long password' };

function keptSession(...saved) {
  const store = { saved: [...saved], cleared: false };
  return Object.assign(store, {
    load: async () => store.saved.at(-1),
    save: async (refreshToken) => { store.saved.push(refreshToken); },
    clear: async () => { store.cleared = true; },
  });
}

test('a saved session is resumed without signing in', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/refresh', tokens('access-1', 'refresh-1')).on('GET /categories', json(200, page));
  const store = keptSession('refresh-0');

  await new QeetMart({ baseUrl: api.baseUrl, sessionStore: store, retry: fast }).categories.listCategories();

  assert.match(api.seen('POST', '/auth/refresh')[0].body, /refresh-0/);
  assert.equal(api.seen('POST', '/auth/login').length, 0);
  assert.equal(api.seen('GET', '/categories')[0].authorization, 'Bearer access-1');
  assert.deepEqual(store.saved, ['refresh-0', 'refresh-1']);
});

test('an ended session without credentials is forgotten and the call rejects unauthenticated', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/refresh', problem(401, 'INVALID_REFRESH_TOKEN')).on('GET /categories', json(200, page));
  const store = keptSession('refresh-0');

  const ended = await new QeetMart({ baseUrl: api.baseUrl, sessionStore: store, retry: fast }).categories.listCategories()
    .then(() => undefined, (error) => error);

  assert.equal(ended?.name, 'AuthenticationError');
  assert.equal(ended.code, 'INVALID_REFRESH_TOKEN');
  assert.ok(store.cleared);
  assert.equal(api.seen('GET', '/categories').length, 0);
});

test('with credentials too, an ended session signs in again and keeps the new one', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/refresh', problem(401, 'INVALID_REFRESH_TOKEN')).on('POST /auth/login', tokens('access-1', 'refresh-1'))
    .on('GET /categories', json(200, page));
  const store = keptSession('refresh-0');

  await new QeetMart({ baseUrl: api.baseUrl, credentials, sessionStore: store, retry: fast }).categories.listCategories();

  assert.ok(store.cleared);
  assert.equal(store.saved.at(-1), 'refresh-1');
});
