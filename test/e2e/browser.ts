/** Debian's chromium driven by playwright-core, and where the console's screenshots are saved. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from '../helpers.js';

export const CHROMIUM = process.env.CHOKEPOINT_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The committed screenshots in docs/screenshots are rewritten only when UPDATE_SCREENSHOTS=1 (their
 * screening ids and times change on every run); otherwise the run's screenshots go to a temp folder.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(REPO, 'docs/screenshots') : resolve(tmpdir(), 'chokepoint-screenshots');

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launch the system chromium; fail (never skip) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's chromium at ${CHROMIUM}: install it with \`apt-get install chromium\` ` +
        '(or point CHOKEPOINT_CHROMIUM at a chromium binary). No browser is downloaded.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A full-page PNG of the page as it is now, in SCREENSHOTS. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, name), fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** Errors the page threw or logged, except failed requests (401, 404 are part of the tests). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}
