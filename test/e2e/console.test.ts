/**
 * The analyst console end to end: built with vite, served by a real `chokepoint serve` over real lists
 * (SDN 2023-12-28 and 2024-05-03, UN), driven in Debian's chromium through sign-in, screening, an
 * entity, the lists and a diff. Saves a screenshot of each page to docs/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cli, REPO } from '../helpers.js';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import { buildConsole, createStore, removeStore, startServer, type Server, type Store } from './stack.js';

interface Version { id: number; source: string; label: string }

describe('analyst console in a browser', () => {
  let browser: Browser | undefined;
  let store: Store | undefined;
  let server: Server | undefined;
  let page: Page;
  let errors: string[] = [];
  let entityUrl = '';

  const url = (path: string) => `${server!.url}${path}`;
  const api = async <T>(path: string): Promise<T> =>
    (await fetch(url(path), { headers: { Authorization: `Bearer ${store!.key.key}` } })).json() as Promise<T>;
  const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
  const storedKey = () => page.evaluate(() => sessionStorage.getItem('chokepoint.apiKey'));
  const count = async (key: string) => Number((await text(`[data-testid=count-${key}]`)).replace(/,/g, ''));

  async function screen(fields: Record<string, string>) {
    await page.getByRole('button', { name: 'Clear' }).click();
    for (const [label, value] of Object.entries(fields)) {
      if (label === 'Type') await page.getByLabel('Type').selectOption(value);
      else await page.getByLabel(label, { exact: true }).fill(value);
    }
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.locator('.hit, .empty:not(.intro), .banner-error').first().waitFor();
  }

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing chromium fails the suite at once, with its remedy
    buildConsole();
    store = createStore();
    server = await startServer(store.db);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeStore(store);
  });

  it("refuses a wrong key on the sign-in page with the server's reason", async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in.png');
    await page.getByLabel('API key').fill('ck_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This API key was not accepted').first().waitFor();
    expect(await text('.field-error')).toMatch(/not valid or has been revoked/i);
    expect(await storedKey()).toBeNull();
  });

  it('signs in with a key checked by /v1/me and shows who is signed in', async () => {
    await page.getByLabel('API key').fill(store!.key.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.who-name').waitFor();
    expect(await text('.who')).toMatch(/e2e\s*analyst/i);
    expect(await storedKey()).toBe(store!.key.key);
  });

  it('screens a sanctioned name written in Cyrillic and explains the hit', async () => {
    await screen({ Name: 'Владимир Путин', Type: 'Person', 'Birth date': '1952-10-07', Countries: 'RU' });
    const hit = page.locator('.hit').first();
    expect(await hit.locator('.hit-caption').innerText()).toBe('PUTIN, Vladimir Vladimirovich');
    expect(await hit.locator('.verdict').innerText()).toMatch(/^match$/i);
    expect(Number(/\d\.\d\d/.exec(await hit.locator('.score-number').innerText())?.[0])).toBeGreaterThanOrEqual(0.75);
    expect(await hit.locator('.hit-meta').innerText()).toContain('us-ofac-sdn:35096');
    expect(await hit.locator('.explanation').innerText()).toMatch(/'putin' matches 'putin' after transliteration/);
    expect(await hit.locator('.alignment').innerText()).toMatch(/putin\s+↔?\s*putin\s+transliteration/);
    const features = await hit.locator('.features').innerText();
    expect(features).toMatch(/dob match/);
    expect(features).toMatch(/country match/);
    const summary = await text('.summary');
    expect(summary).toMatch(/Screening id [0-9a-f-]{36}/);
    expect(summary).toMatch(/Threshold 0\.75/);
    await page.getByText(/Screened against 2 list versions/).click();
    expect(await text('.version-refs')).toMatch(/us-ofac-sdn 2024-05-03.*un-sc 2026-02-27|un-sc 2026-02-27.*us-ofac-sdn 2024-05-03/);
    await screenshot(page, 'screen-results.png');
  });

  it('says plainly when nothing reaches the threshold', async () => {
    await screen({ Name: 'Qwyzzlethorp Blenkinsoppery' });
    expect(await text('.empty')).toMatch(/No hits\. Nothing on the screened lists reached the threshold of 0\.75/);
  });

  it("shows the server's message when it refuses a request (400)", async () => {
    await screen({ Name: 'Sovcomflot', Limit: '501' });
    expect(await text('.banner-error')).toMatch(/not accepted.*body\.limit.*500.*INVALID_INPUT/i);
    expect(await text('.field-invalid')).toMatch(/Limit.*500/);
  });

  it('opens the entity page from a hit: names, identifiers, version and raw record', async () => {
    await screen({ Name: 'Совкомфлот', Identifiers: '7702060116' });
    const hit = page.locator('.hit').first();
    expect(await hit.locator('.features').innerText()).toMatch(/identifier match\s+1\.00\s+\+1\.00\s+\+1\.00/);
    await hit.locator('.hit-caption a').click();
    await page.getByRole('heading', { name: 'JOINT STOCK COMPANY SOVCOMFLOT', level: 1 }).waitFor();
    entityUrl = page.url();
    expect(entityUrl).toBe(url('/entities/us-ofac-sdn%3A34741'));
    expect(await text('.names')).toContain('SCF GROUP');
    const identifiers = await text('.identifiers');
    expect(identifiers).toMatch(/tax · INN 7702060116 Russia \(RU\)/);
    expect(identifiers).toContain('253400DYLWR5A6YAWJ69');
    expect(await text('.entity-side')).toMatch(/Version 2024-05-03/);
    await page.getByText('Raw source record').click();
    expect(await page.locator('.raw-json').innerText()).toContain('"ent_num": "34741"');
    await screenshot(page, 'entity.png');
  });

  it('goes back to the screening without screening again', async () => {
    await page.goBack();
    await page.locator('.hit').first().waitFor();
    expect(await text('.hit-caption')).toBe('JOINT STOCK COMPANY SOVCOMFLOT');
  });

  it('opens entity pages from their address (a reload or a shared link), ids with ":" and "." alike', async () => {
    // An SDN id, and a UN id whose reference number ends like a file extension.
    const pages = [[entityUrl, 'JOINT STOCK COMPANY SOVCOMFLOT'], [url('/entities/un-sc%3ACDe.001'), 'ADF']];
    const served: string[] = [];
    for (const [address] of pages) {
      const response = await page.goto(address);
      served.push(`${address} -> HTTP ${response?.status()} ${response?.headers()['content-type']?.split(';')[0]}`);
    }
    // Each must answer with the console's index.html (a client-side route), not an API 404.
    expect(served).toEqual(pages.map(([address]) => `${address} -> HTTP 200 text/html`));
    await page.getByRole('heading', { name: 'ADF', level: 1 }).waitFor();
  });

  it('lists the versions served now and every imported version', async () => {
    await page.goto(url('/lists'));
    await page.locator('.current-lists').waitFor();
    const current = await text('.current-lists');
    expect(current).toMatch(/us-ofac-sdn 2024-05-03 #\d+ .*6,854 6,884 851 376 14,965 14,965 since 2023-12-28/);
    expect(current).toMatch(/un-sc 2026-02-27 .*730 273 .*1,003/);
    expect(await page.locator('#versions-us-ofac-sdn + * tbody tr, .source-versions:has(#versions-us-ofac-sdn) tbody tr').count()).toBe(2);
    await screenshot(page, 'lists.png');
  });

  it('compares the two SDN versions: counts, warnings and the entities, page by page', async () => {
    const { versions } = await api<{ versions: Version[] }>('/v1/lists');
    const sdn = versions.filter((v) => v.source === 'us-ofac-sdn');
    const [older, newer] = ['2023-12-28', '2024-05-03'].map((label) => sdn.find((v) => v.label === label)!);
    await page.getByRole('checkbox', { name: /us-ofac-sdn 2023-12-28/ }).check();
    await page.getByRole('checkbox', { name: /us-ofac-sdn 2024-05-03/ }).check();
    await page.getByRole('button', { name: 'Compare the selected us-ofac-sdn versions' }).click();
    await page.locator('.stats').waitFor();
    expect(page.url()).toBe(url(`/lists/us-ofac-sdn/diff?from=${older.id}&to=${newer.id}`));

    const expected = await api<{ counts: Record<string, number> }>(`/v1/lists/us-ofac-sdn/diff?from=${older.id}&to=${newer.id}&limit=1`);
    const shown = { added: await count('added'), removed: await count('removed'), changed: await count('changed'), unchanged: await count('unchanged') };
    expect(shown).toEqual(expected.counts);
    expect(13821 - shown.removed + shown.added).toBe(14965);
    expect(shown.added).toBeGreaterThan(1000);
    expect(await text('.banner-warning')).toMatch(/alt/);
    expect(await text('.diff-added')).toContain('JOINT STOCK COMPANY SOVCOMFLOT');

    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText(`51–100 of ${shown.added.toLocaleString('en-GB')}`).waitFor();
    await page.getByRole('link', { name: /^Removed/ }).click();
    await page.locator('.diff-removed').waitFor();
    expect(await page.locator('.diff-removed tbody tr').count()).toBe(Math.min(50, shown.removed));
    await page.getByRole('link', { name: /^Changed/ }).click();
    await page.locator('.diff-changed .field-chip').first().waitFor();
    expect(await text('.field-counts')).toMatch(/programs/);
    await screenshot(page, 'diff.png');

    const first = page.locator('.diff-changed tbody tr a').first();
    const caption = await first.innerText();
    await first.click();
    await page.getByRole('heading', { name: caption, level: 1 }).waitFor();
  });

  it('works an alert: the queue, the case with its rules and evidence, and a first clearance of a block', async () => {
    const content = readFileSync(resolve(REPO, 'test/fixtures/payment-scenarios.csv'), 'utf8');
    const screened = await fetch(url('/v1/payments/screen'), {
      method: 'POST', headers: { Authorization: `Bearer ${store!.key.key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ content, format: 'csv' }),
    }).then((r) => r.json() as Promise<{ results: { messageId: string; decision: string; alertId?: string }[] }>);
    const cny = screened.results.find((r) => r.messageId === 'CNY-RU-KG-1')!;
    expect(cny.decision).toBe('block');
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'CNY-RU-KG-1' }).waitFor();
    await screenshot(page, 'alerts.png');
    await page.getByRole('link', { name: 'CNY-RU-KG-1' }).click();
    await page.getByText('SANCTIONED_PARTY').first().waitFor();
    expect(await text('.alert-case')).toMatch(/SBERBANK/);
    await page.getByLabel('Reason').fill('Trade finance confirmed the bearings are for a Kazakh mine');
    await page.getByRole('button', { name: 'Clear as false positive' }).click();
    await page.getByText('a second, different analyst must confirm').waitFor();
    await screenshot(page, 'alert.png');
    // The same analyst cannot confirm a block alone.
    await page.getByLabel('Reason').fill('Confirming my own clearance here');
    await page.getByRole('button', { name: 'Clear as false positive' }).click();
    await page.getByText(/two different analysts/).waitFor();
  });

  it('screens pasted payment messages and shows each decision with its rules', async () => {
    await page.getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('heading', { name: 'Payments', level: 1 }).waitFor();
    await page.locator('#payments-content').fill(readFileSync(resolve(REPO, 'test/fixtures/payment-scenarios.csv'), 'utf8'));
    await page.getByLabel('Format').selectOption('csv');
    await page.getByRole('button', { name: 'Screen payments' }).click();
    await page.locator('.payment-result').nth(3).waitFor();
    const results = await page.locator('.payment-result h3').allInnerTexts();
    expect(results.map((t) => t.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^CLEAN-1 pass/i), expect.stringMatching(/^CNY-RU-KG-1 block/i), expect.stringMatching(/^EL-1 /), expect.stringMatching(/^CRIMEA-1 block/i),
    ]);
    expect(await text('.payment-results')).toMatch(/SANCTIONED_PARTY.*SBERBANK/);
    await screenshot(page, 'payments.png');
  });

  it('shows the trade flows with interactive charts, the calibration and the watchlist', async () => {
    await page.getByRole('link', { name: 'Trade flows' }).click();
    await page.getByRole('heading', { name: 'Trade flows', level: 1 }).waitFor();
    await page.locator('.chart svg').nth(5).waitFor();
    expect(await page.locator('.chart').count()).toBeGreaterThanOrEqual(6);
    // Every published figure it can compare (C04, F25) is within tolerance.
    const within = await page.locator('section:has(h2:text("Calibration")) tbody td:last-child').allInnerTexts();
    expect(within.length).toBeGreaterThan(5);
    expect(new Set(within)).toEqual(new Set(['yes']));
    expect(await text('section:has(h2:text("Surge flags"))')).toMatch(/Kyrgyzstan grew \+344\.8%/);
    expect(await page.locator('section:has(h2:text("Diversion watchlist")) tbody tr').count()).toBeGreaterThan(5);
    await screenshot(page, 'trade.png');
    // A bad parameter gets the server's reason, naming the field.
    await page.getByRole('textbox', { name: 'Transit countries' }).fill('Kyrgyzstan');
    await page.getByRole('button', { name: 'Run analyses' }).click();
    await page.locator('.banner-error').waitFor();
    expect(await text('.banner-error')).toMatch(/transit/);
  });

  it('lists the adverse media filed, and opens a story with its linked entities and events', async () => {
    await page.getByRole('link', { name: 'Adverse media' }).click();
    await page.getByRole('heading', { name: 'Adverse media', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Chinese banks turn away yuan payments from Russia' }).click();
    await page.locator('.media-detail .media-event').first().waitFor();
    const detail = await text('.media-detail');
    expect(detail).toMatch(/Syndicated copies: Central Asia Wire/);
    expect(detail).toMatch(/ICBC.*on no sanctions list/);
    expect(detail).toMatch(/ICBC stopped accepting payments from Russian companies/);
    expect(detail).toMatch(/ball bearings \(HS 848210, CHPL [1-4]/);
    await screenshot(page, 'media.png');
  });

  it("shows a listed bank's adverse media on its entity page, with the evidence sentences", async () => {
    await page.getByRole('link', { name: 'VTB BANK PUBLIC JOINT STOCK COMPANY' }).first().click();
    await page.getByRole('heading', { name: 'VTB BANK PUBLIC JOINT STOCK COMPANY' }).waitFor();
    const media = page.locator('section:has(h2:text("Adverse media"))');
    await media.locator('.media-item').first().waitFor();
    expect(await media.innerText()).toMatch(/Chinese banks turn away yuan payments from Russia/);
    expect(await media.innerText()).toMatch(/Payments routed through VTB Bank and Sberbank were returned/);
    await media.scrollIntoViewIfNeeded();
    await screenshot(page, 'entity-media.png');
  });

  it('signs out and forgets the key', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await storedKey()).toBeNull();
  });

  it("shows the server's message when the key's rate limit is reached (429)", async () => {
    const limited = JSON.parse(cli(['keys', 'create', '--role', 'screener', '--name', 'limited', '--rate-limit', '2', '--json', '--db', store!.db]).stdout);
    await page.goto(url('/screen'));
    await page.getByLabel('API key').fill(limited.key);
    await page.getByRole('button', { name: 'Sign in' }).click(); // request 1: /v1/me
    await page.locator('.who-name').waitFor();
    expect(await text('.who')).toMatch(/limited\s*screener/i);
    await screen({ Name: 'Sovcomflot' }); // request 2
    expect(await text('.hit-caption')).toBe('JOINT STOCK COMPANY SOVCOMFLOT');
    await screen({ Name: 'Sovcomflot' }); // request 3: refused
    expect(await text('.banner-error')).toMatch(/Too many requests.*rate limit of 2 requests per minute.*RATE_LIMITED/i);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('returns to sign-in with a clear message when the key stops working (401)', async () => {
    await page.getByLabel('API key').fill(store!.key.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.who-name').waitFor();
    const revoked = cli(['keys', 'revoke', store!.key.id, '--db', store!.db]);
    expect(revoked.code).toBe(0);
    await page.goto(url('/lists'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await text('.banner-warning')).toMatch(/not valid or has been revoked.*Sign in again/i);
    expect(await storedKey()).toBeNull();
  });

  it('raised no script errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
