// Opens the gateway's API reference portal in headless Chromium, shows each API in turn and prints,
// as JSON, the operation ids the page lists per API, plus every page error and CSP violation.
// Usage: node docs-portal.mjs <gateway base URL>
import { chromium } from 'playwright-core';

const base = process.argv[2];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = { apis: {}, titles: {}, errors: [] };
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => result.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') result.errors.push(`console: ${message.text()}`);
  });
  const specs = await (await fetch(`${base}/docs/specs`)).json();
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
} catch (error) {
  result.errors.push(`driver: ${error.message}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
