// Opens the gateway's API reference portal in headless Chromium: its overview (the APIs and SDKs it
// links to), each API in turn and each SDK's reference, and prints, as JSON, what the overview lists,
// the operation ids the page lists per API, each SDK reference's title, and every page error and CSP
// violation of the portal's own pages (the SDK references' generators write inline scripts, which
// the portal's policy refuses; their pages read without them).
// Usage: node docs-portal.mjs <gateway base URL>
import { chromium } from 'playwright-core';

const base = process.argv[2];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = { overview: { apis: [], sdks: [] }, apis: {}, titles: {}, sdkTitles: {}, errors: [] };
let ownPage = true;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => ownPage && result.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (ownPage && message.type() === 'error') result.errors.push(`console: ${message.text()}`);
  });
  const specs = await (await fetch(`${base}/docs/specs`)).json();
  await page.goto(`${base}/docs`);
  await page.waitForSelector('#apis li', { timeout: 20000 });
  result.overview.apis = await page.$$eval('#apis li > a:first-child', (links) => links.map((a) => a.textContent.trim()));
  result.overview.sdks = await page.$$eval('#sdks li > a', (links) => links.map((a) => a.getAttribute('href')));
  result.overview.swaggerShown = await page.$$eval('.opblock', (blocks) => blocks.length > 0);
  for (const spec of specs) {
    await page.goto(`${base}/docs?urls.primaryName=${encodeURIComponent(spec.title)}`);
    await page.waitForSelector('.information-container .title', { timeout: 20000 });
    await page.waitForFunction((title) => document.querySelector('.information-container .title')
      ?.textContent.includes(title), spec.title, { timeout: 20000 });
    await page.waitForSelector('.opblock', { timeout: 20000 });
    result.titles[spec.name] = (await page.textContent('.information-container .title')).trim();
    result.apis[spec.name] = await page.$$eval('.opblock-summary-operation-id',
      (nodes) => nodes.map((node) => node.textContent.trim()));
  }
  ownPage = false;
  for (const href of result.overview.sdks) {
    const answer = await page.goto(`${base}${href}`);
    result.sdkTitles[href] = answer.status() === 200 ? await page.title() : `HTTP ${answer.status()}`;
  }
} catch (error) {
  result.errors.push(`driver: ${error.message}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
