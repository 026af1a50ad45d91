// A partner backend's identity: client credentials the SDK turns into tokens, or a token it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart, QeetMartApiError, QeetMartError } from '../target/package/dist/esm/index.js';
import { json, problem, stubApi } from './stub-api.mjs';

const fast = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const page = { items: [], page: { number: 0, size: 20, totalElements: 0, totalElementsExact: true, totalPages: 0, hasNext: false } };
const token = (accessToken) => json(200, { access_token: accessToken, token_type: 'Bearer', expires_in: 900, scope: 'catalog:write' });
const clientCredentials = { clientId: 'client-1', clientSecret: 'qms_secret' };

test('the application token is fetched once with Basic authentication and sent', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/oauth2/token', token('app-1')).on('GET /categories', json(200, page));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, clientCredentials: { ...clientCredentials, scopes: ['catalog:write'] }, retry: fast });

  await sdk.categories.listCategories();
  await sdk.categories.listCategories();

  const fetches = api.seen('POST', '/auth/oauth2/token');
  assert.equal(fetches.length, 1);
  assert.equal(fetches[0].authorization, `Basic ${Buffer.from('client-1:qms_secret').toString('base64')}`);
  assert.equal(fetches[0].body, 'grant_type=client_credentials&scope=catalog%3Awrite');
  assert.equal(api.seen('GET', '/categories')[1].authorization, 'Bearer app-1');
});

test('calls waiting together share one fetch', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/oauth2/token', token('app-1')).on('GET /categories', json(200, page));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, clientCredentials, retry: fast });

  await Promise.all(Array.from({ length: 8 }, () => sdk.categories.listCategories()));

  assert.equal(api.seen('POST', '/auth/oauth2/token').length, 1);
  assert.equal(api.seen('GET', '/categories').length, 8);
});

test('a refused token is replaced and the call repeated', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/oauth2/token', token('app-1'), token('app-2'))
    .on('GET /categories', problem(401, 'UNAUTHORIZED'), json(200, page));
  await new QeetMart({ baseUrl: api.baseUrl, clientCredentials, retry: fast }).categories.listCategories();
  assert.equal(api.seen('GET', '/categories')[1].authorization, 'Bearer app-2');
});

test('a wrong secret rejects with OAuth\'s code and no call goes out', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/oauth2/token', json(401, { error: 'invalid_client', error_description: 'Client authentication failed' }));
  const refused = await new QeetMart({ baseUrl: api.baseUrl, clientCredentials, retry: fast }).categories.listCategories()
    .then(() => undefined, (error) => error);
  assert.ok(refused instanceof QeetMartApiError, String(refused));
  assert.equal(refused.name, 'AuthenticationError');
  assert.equal(refused.code, 'INVALID_CLIENT');
  assert.equal(refused.detail, 'Client authentication failed');
  assert.equal(api.seen('GET', '/categories').length, 0);
});

test('a provided token is asked for each call and once more after a refusal', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('GET /categories', json(200, page), problem(401, 'UNAUTHORIZED'), json(200, page));
  let asked = 0;
  const sdk = new QeetMart({ baseUrl: api.baseUrl, tokenProvider: async () => `vault-${++asked}`, retry: fast });
  await sdk.categories.listCategories();
  await sdk.categories.listCategories();
  assert.deepEqual(api.seen('GET', '/categories').map((seen) => seen.authorization), ['Bearer vault-1', 'Bearer vault-2', 'Bearer vault-3']);
});

test('one caller at a time', () => {
  assert.throws(() => new QeetMart({ credentials: { email: 'a@example.com', password: 'a long password' }, clientCredentials }),
    QeetMartError);
});
