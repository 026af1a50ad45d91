// Every paged list's generated auto-paging form: every item of every page, lazily, with the
// request's filters (a stand-in fetch answers by the page asked for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart } from '../target/package/dist/esm/index.js';

const LAST_PAGE = 2;

function catalog() {
  const asked = [];
  const fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    asked.push(url);
    const number = Number(url.searchParams.get('page') ?? '0');
    const items = [0, 1].map((i) => ({ id: crypto.randomUUID(), name: `product ${number}.${i}`, status: 'ACTIVE',
      price: { amount: '1.00', currency: 'EUR' }, attributes: {}, version: 1,
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }));
    return new Response(JSON.stringify({ items, page: { number, size: 2, totalElements: 6, totalElementsExact: true,
      totalPages: 3, hasNext: number < LAST_PAGE } }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { asked, sdk: new QeetMart({ baseUrl: 'https://api.example.test/api/v1', accessToken: 't0k', fetch }) };
}

test('every item from the request\'s page to the last, with its filters', async () => {
  const { asked, sdk } = catalog();
  const names = [];
  for await (const product of sdk.products.searchProductsAll({ q: 'trail', page: 1, size: 2 })) names.push(product.name);

  assert.deepEqual(names, ['product 1.0', 'product 1.1', 'product 2.0', 'product 2.1']);
  assert.deepEqual(asked.map((url) => url.searchParams.get('page')), ['1', '2']);
  assert.ok(asked.every((url) => url.searchParams.get('q') === 'trail' && url.searchParams.get('size') === '2'));
});

test('a page is fetched only when its items are reached', async () => {
  const { asked, sdk } = catalog();
  const first = [];
  for await (const product of sdk.products.searchProductsAll()) {
    first.push(product);
    if (first.length === 2) break;
  }
  assert.equal(asked.length, 1, 'the second page was never asked for');
});

test('every paged list of every API has its form', () => {
  const { sdk } = catalog();
  for (const [api, method] of [['categories', 'listCategoriesAll'], ['products', 'searchProductsAll'],
    ['variants', 'listProductVariantsAll'], ['catalogWebhooks', 'listCatalogWebhookEndpointsAll'],
    ['catalogWebhooks', 'listCatalogWebhookDeliveriesAll'], ['inventoryWebhooks', 'listInventoryWebhookEndpointsAll'],
    ['inventoryWebhooks', 'listInventoryWebhookDeliveriesAll'], ['profiles', 'listUsersAll']]) {
    assert.equal(typeof sdk[api][method], 'function', `${api}.${method}`);
  }
});
