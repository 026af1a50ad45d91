// Loads demo data through the public API with the TypeScript SDK (ci/up --demo): categories,
// products and their stock, as the administrator. Running it again adds nothing.
// Usage: node ci/demo-data.mjs [API base URL]   (QEETMART_ADMIN_EMAIL / QEETMART_ADMIN_PASSWORD)
import { QeetMart, QeetMartApiError, pages } from '../clients/typescript/target/package/dist/esm/index.js';

const baseUrl = process.argv[2] ?? 'http://localhost:4000/api/v1';
const admin = new QeetMart({ baseUrl, credentials: {
  email: process.env.QEETMART_ADMIN_EMAIL ?? 'admin@qeetmart.local',
  password: process.env.QEETMART_ADMIN_PASSWORD ?? 'qeetmart-dev-admin' } });

const catalog = {
  'running-shoes': { name: 'Running shoes', products: [
    ['Trail runner 3', 'Acme', '89.90', 40], ['Road racer', 'Swift', '119.00', 25], ['Daily trainer', 'Acme', '74.50', 60]] },
  'outdoor-clothing': { name: 'Outdoor clothing', products: [
    ['Rain shell', 'Northpeak', '149.00', 15], ['Merino base layer', 'Woolly', '59.90', 80]] },
  'accessories': { name: 'Accessories', products: [
    ['Running socks (3 pairs)', 'Swift', '19.90', 200], ['Head torch', 'Lumen', '34.00', 0], ['Water bottle 750 ml', 'Acme', '12.50', 120]] },
};

// A refusal from the API is reported by its code and detail, not as a stack trace.
process.on('uncaughtException', (e) => {
  console.error('demo:', e instanceof QeetMartApiError ? `${e.status} ${e.code} ${e.detail ?? ''}` : e);
  process.exit(1);
});

const existing = new Set();
for await (const category of pages((page) => admin.categories.listCategories({ page, size: 100 }),
  (p) => p.items, (p) => p.page.hasNext)) existing.add(category.slug);
if (Object.keys(catalog).every((slug) => existing.has(slug))) {
  console.log('demo: the demo catalog is already loaded');
  process.exit(0);
}

let products = 0;
for (const [slug, { name, products: items }] of Object.entries(catalog)) {
  if (existing.has(slug)) continue;
  const category = await admin.categories.createCategory({ categoryInput: { name, slug } });
  for (const [productName, brand, amount, units] of items) {
    const product = await admin.products.createProduct({ productInput: { name: productName, brand,
      categoryId: category.id, status: 'ACTIVE', price: { amount, currency: 'EUR' } } });
    if (units > 0) {
      await admin.stock.adjustStock({ productId: product.id, stockAdjustment: { delta: units, reason: 'demo delivery' } });
    }
    products++;
  }
}
console.log(`demo: loaded ${products} products in ${Object.keys(catalog).length} categories (try: curl ${baseUrl}/products)`);
