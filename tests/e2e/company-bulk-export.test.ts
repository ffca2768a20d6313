import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

const rows = '[data-testid=companies] tbody tr';
const rowCount = (page: Page, n: number) =>
  page.waitForFunction(([sel, count]) => document.querySelectorAll(sel as string).length === count, [rows, n] as const);
const names = (page: Page) => page.$$eval(`${rows} td:first-child`, (cells) => cells.map((c) => c.textContent));

/** 18 Norwegian and 12 Swedish companies; every third one already tagged Nordic. */
const SEED = Array.from({ length: 30 }, (_, i) => {
  const se = i % 5 === 1 || i % 5 === 3;
  const n = String(i + 1).padStart(2, '0');
  return {
    name: se ? `Skärgård ${n} AB` : `Fjordbruk ${n} AS`,
    country: se ? 'SE' : 'NO',
    employees: (i + 1) * 10,
    nordic: i % 3 === 0,
  };
});
const SWEDISH = SEED.filter((c) => c.country === 'SE').sort((a, b) => a.name.localeCompare(b.name));

describe('filtering, bulk tagging and exporting companies in the dashboard, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serverProcess();
    const { token } = await signIn(server.url);
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const tag = (name: string) =>
      call<{ item: { id: string } }>('POST', '/api/settings/lists', { kind: 'tag', name }).then((r) => r.item.id);
    const nordic = await tag('Nordic');
    await tag('Key account');
    for (const c of SEED) {
      await call('POST', '/api/companies', {
        name: c.name,
        country: c.country,
        employees: c.employees,
        address: { city: c.country === 'SE' ? 'Göteborg' : 'Tromsø' },
        tagIds: c.nordic ? [nordic] : [],
      });
    }
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters by country from the filter menu and keeps the filter in the URL', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await rowCount(page, 30);

    await page.click('[data-testid=toggle-filters]');
    await page.fill('input[name=filter-country]', 'SE');
    await page.press('input[name=filter-country]', 'Enter');
    await rowCount(page, SWEDISH.length);
    expect(new URL(page.url()).hash).toBe('#/companies?country=SE');
    expect(await page.textContent('[data-testid=filter-chips] [data-key=country]')).toContain('SE');
    expect(await names(page)).toEqual(SWEDISH.map((c) => c.name));
  });

  it('shows the chosen columns and sorts by a column header, flipping the direction on the second click', async () => {
    await page.click('[data-testid=column-chooser] summary');
    for (const column of ['orgNumber', 'domain', 'relationship']) await page.uncheck(`input[name=column-${column}]`);
    await page.check('input[name=column-employees]');
    await page.click('[data-testid=column-chooser] summary');
    await page.click('button[data-sort=employees]');
    await page.waitForFunction(() => location.hash.includes('sort=employees&dir=asc'));
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid=companies] tbody td a')?.textContent === first,
      bySize()[0],
    );
    await page.click('button[data-sort=employees]');
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid=companies] tbody td a')?.textContent === first,
      bySize().at(-1),
    );
    expect(await names(page)).toEqual(bySize().reverse());
    await page.click('button[data-sort=name]');
    await page.waitForFunction(() => location.hash.includes('sort=name&dir=asc'));
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid=companies] tbody td a')?.textContent === first,
      SWEDISH[0]!.name,
    );
  });

  it('selects every match and adds a tag to all of them with progress and a summary', async () => {
    await page.check('input[name=select-page]');
    await page.click('[data-testid=select-all-matching]');
    await page.waitForSelector(
      `[data-testid=select-all] >> text=All ${SWEDISH.length} companies matching the filter are selected`,
    );
    expect(await page.textContent('[data-testid=selected-count]')).toBe(`${SWEDISH.length} selected`);

    await page.selectOption('select[name=bulk-action]', 'addTags');
    await page.selectOption('select[name=bulk-value]', { label: 'Key account' });
    await shot(page, 'companies-bulk-bar');
    // Held back a moment so the progress bar can be seen (the chunk itself is fast).
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/companies/bulk', async (route) => {
      await held;
      await route.continue();
    });
    await page.click('[data-testid=bulk-apply]');
    await page.waitForSelector(`[data-testid=progress] >> text=Tagging 0 of ${SWEDISH.length}`);
    await shot(page, 'companies-bulk-progress');
    release();
    await page.waitForSelector('[data-testid=bulk-summary]');
    await page.unroute('**/api/companies/bulk');
    expect(await page.textContent('[data-testid=bulk-applied]')).toBe(
      `Applied to ${SWEDISH.length} of ${SWEDISH.length} companies.`,
    );
    expect(await page.$('[data-testid=bulk-rejected]')).toBeNull();
    await shot(page, 'companies-bulk-summary');
  });

  it('finds the tagged companies by the tag filter, also after a reload', async () => {
    await page.click('[data-testid=bulk-summary] >> text=Done');
    await page.click('[data-testid=filter-chips] [data-key=country] button');
    await rowCount(page, 30);
    await page.check('[data-testid=chips-tagIds] label:has-text("Key account") input');
    await rowCount(page, SWEDISH.length);
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/[?&]tagIds=[0-9a-f-]{36}(&|$)/);
    expect(hash).not.toContain('country');
    await page.reload();
    await rowCount(page, SWEDISH.length);
    expect(await page.textContent('[data-testid=filter-chips] [data-key=tagIds]')).toContain('Key account');
    expect(await names(page)).toEqual(SWEDISH.map((c) => c.name));
  });

  it('exports the filtered list with the chosen columns as .xlsx and CSV, list values by name', async () => {
    const header = ['Name', 'City', 'Country', 'Tags', 'Employees'];
    expect(
      await page.$$eval('[data-testid=companies] thead th', (ths) => ths.map((th) => th.textContent?.replace(/[▲▼↕]/g, ''))),
    ).toEqual(header);
    const tags = (c: (typeof SEED)[number]) => (c.nordic ? 'Nordic, Key account' : 'Key account');

    const xlsx = await download(page, 'export-xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^companies-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.worksheets[0]!;
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(header);
    expect(values.slice(1)).toEqual(SWEDISH.map((c) => [c.name, 'Göteborg', 'SE', tags(c), c.employees]));

    const csv = readFileSync((await (await download(page, 'export-csv')).path())!, 'utf8');
    expect(csv.startsWith('\uFEFFName,City,Country,Tags,Employees\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(SWEDISH.length + 1);
    expect(lines.slice(1)).toEqual(
      SWEDISH.map((c) => `${c.name},Göteborg,SE,${c.nordic ? '"Nordic, Key account"' : 'Key account'},${c.employees}`),
    );
  });
});

function bySize(): string[] {
  return [...SWEDISH].sort((a, b) => a.employees - b.employees).map((c) => c.name);
}

async function download(page: Page, testId: string) {
  await page.click('[data-testid=export-menu] summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return file;
}
