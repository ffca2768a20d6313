import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVCardFile } from '../../shared/contacts/decode-vcard-file';
import { parseVCards } from '../../shared/contacts/vcard';
import type { ParsedVCardContact } from '../../shared/contacts/vcard-contact';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

const FIXTURE = resolve('tests/fixtures/vcard/contacts-list-import.vcf');
/** The fixture's people as the parser reads them, by card number (1-based). */
const CARDS = parseVCards(decodeVCardFile(readFileSync(FIXTURE)));
const card = (lastName: string) => CARDS.find((c) => c.lastName === lastName)!;
/** Cards 2, 4 and 8: the Norwegians the import creates (card 1 is refused by the server, see below). */
const NORWEGIANS = [card('Bjørnstad'), card('Dahl'), card('Nordmann <i>jr</i>')];

const rows = '[data-testid=contacts] tbody tr';
const rowCount = (page: Page, n: number) =>
  page.waitForFunction(([sel, count]) => document.querySelectorAll(sel as string).length === count, [rows, n] as const);
const names = (page: Page) => page.$$eval(`${rows} td:first-child a`, (links) => links.map((a) => a.textContent));

/** Who a card is, as both sides can compare it: names, e-mails (stored in lower case) and phones in E.164. */
function person(c: ParsedVCardContact, country = 'NO') {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    emails: c.emails.map((e) => e.address.toLowerCase()),
    phones: c.phones.map((p) => {
      const result = normalizePhone(p.number, country);
      return result.ok ? result.e164 : p.number;
    }),
  };
}

describe('the contact list in the dashboard: vCard import, filters, bulk tags and vCard export, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let call: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  let speaker: string;

  beforeAll(async () => {
    server = await serverProcess();
    const { token } = await signIn(server.url);
    call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const list = (kind: string, name: string, appliesTo?: string) =>
      call<{ item: { id: string } }>('POST', '/api/settings/lists', { kind, name, appliesTo }).then((r) => r.item.id);
    speaker = await list('category', 'Speaker', 'contact');
    await list('tag', 'Nordic');
    await list('tag', 'Key account');
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('previews a .vcf file: how many contacts it holds, and each card that cannot be imported and why', async () => {
    await page.goto(`${server.url}/#/contacts`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('.empty >> text=No contacts yet');
    await page.waitForSelector('[data-testid=vcard-import]:not(.disabled)');

    await page.setInputFiles('input[name=vcf-file]', FIXTURE);
    await page.waitForSelector('[data-testid=vcard-preview]');
    expect(await page.textContent('[data-testid=vcard-ready]')).toBe('5 contacts to import');
    const problems = await page.$$eval('[data-testid=vcard-problems] li', (items) =>
      items.map((li) => [li.getAttribute('data-card'), li.textContent]),
    );
    expect(problems).toEqual([
      ['3', 'Card 3: cannot be read: the card stops without END:VCARD before the next one begins'],
      ['5', 'Card 5 (Frida Feil): E-mail: "frida@" must be an e-mail address'],
      ['6', 'Card 6 (Nordlys Shipping ASA): is a company card (Nordlys Shipping ASA), not a person'],
    ]);
    await shot(page, 'contacts-vcard-preview');
  });

  it('creates the contacts in file order with progress, and reports each one created or refused with the server’s message', async () => {
    // The category on card 1 goes away after the preview: only the server can tell, and it refuses that card.
    await call('DELETE', `/api/settings/lists/${speaker}`);
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const posted: string[] = [];
    await page.route('**/api/contacts', async (route) => {
      if (route.request().method() === 'POST') {
        posted.push((route.request().postDataJSON() as { firstName: string }).firstName);
        await held;
      }
      await route.continue();
    });
    await page.click('[data-testid=vcard-import-start]');
    await page.waitForSelector('[data-testid=vcard-progress] >> text=0 of 5');
    release();
    await page.waitForSelector('[data-testid=vcard-report]');
    await page.unroute('**/api/contacts');
    expect(posted).toEqual(['Ingrid', 'Per', 'Kari', 'Sanne', 'Ola']);
    expect(await page.textContent('[data-testid=vcard-created]')).toBe('Created 4 of 5 contacts from contacts-list-import.vcf.');
    const results = await page.$$eval('[data-testid=vcard-results] li', (items) =>
      items.map((li) => [li.getAttribute('data-card'), li.getAttribute('data-status'), li.textContent]),
    );
    expect(results.map(([cardNo, status]) => [cardNo, status])).toEqual([
      ['1', 'failed'],
      ['2', 'created'],
      ['4', 'created'],
      ['7', 'created'],
      ['8', 'created'],
    ]);
    expect(results[0]![2]).toBe(
      `Card 1: Ingrid Marie Haugen not created: categoryIds: ${speaker} is not a category of this workspace`,
    );
    // Markup in a card is text, never HTML.
    expect(results[4]![2]).toBe('Card 8: Ola Nordmann <i>jr</i>');
    expect(await page.$('[data-testid=vcard-report] i')).toBeNull();
    await shot(page, 'contacts-vcard-report');

    await page.click('[data-testid=vcard-report] >> text=Done');
    await rowCount(page, 4);
    expect(await names(page)).toEqual(['Bjørnstad, Kari', 'Dahl, Per', 'de Vries, Sanne', 'Nordmann <i>jr</i>, Ola']);
    expect(await page.$(`${rows} i`)).toBeNull();
    expect(await page.title()).not.toBe('pwned');
  });

  it('filters by country from the filter menu, keeps it in the URL, and sorts by a column header', async () => {
    await page.click('[data-testid=toggle-filters]');
    await page.fill('input[name=filter-country]', 'NO');
    await page.press('input[name=filter-country]', 'Enter');
    await rowCount(page, 3);
    expect(new URL(page.url()).hash).toBe('#/contacts?country=NO');
    expect(await page.textContent('[data-testid=filter-chips] [data-key=country]')).toContain('NO');
    expect(await names(page)).toEqual(['Bjørnstad, Kari', 'Dahl, Per', 'Nordmann <i>jr</i>, Ola']);

    await page.click('button[data-sort=name]');
    await page.waitForFunction(() => location.hash.includes('sort=name&dir=desc'));
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid=contacts] tbody td a')?.textContent === first,
      'Nordmann <i>jr</i>, Ola',
    );
    expect(await names(page)).toEqual(['Nordmann <i>jr</i>, Ola', 'Dahl, Per', 'Bjørnstad, Kari']);
  });

  it('selects every match and tags them all, with progress and a summary', async () => {
    await page.check('input[name=select-page]');
    await page.click('[data-testid=select-all-matching]');
    await page.waitForSelector('[data-testid=select-all] >> text=All 3 contacts matching the filter are selected');
    expect(await page.textContent('[data-testid=selected-count]')).toBe('3 selected');
    expect(await page.$$eval('select[name=bulk-action] option', (o) => o.map((x) => x.getAttribute('value')))).toEqual([
      'addTags',
      'removeTags',
      'addCategories',
      'removeCategories',
      'addOwners',
      'removeOwners',
      'setCustomField',
    ]);
    await page.selectOption('select[name=bulk-action]', 'addTags');
    await page.selectOption('select[name=bulk-value]', { label: 'Nordic' });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/contacts/bulk', async (route) => {
      await held;
      await route.continue();
    });
    await page.click('[data-testid=bulk-apply]');
    await page.waitForSelector('[data-testid=progress] >> text=Tagging 0 of 3');
    release();
    await page.waitForSelector('[data-testid=bulk-summary]');
    await page.unroute('**/api/contacts/bulk');
    expect(await page.textContent('[data-testid=bulk-applied]')).toBe('Applied to 3 of 3 contacts.');
    expect(await page.$('[data-testid=bulk-rejected]')).toBeNull();
    await shot(page, 'contacts-bulk-summary');
    await page.click('[data-testid=bulk-summary] >> text=Done');
  });

  it('finds the tagged people by the tag filter and exports them as one .vcf that parses back to the same people', async () => {
    await page.click('[data-testid=filter-chips] [data-key=country] button');
    await rowCount(page, 4);
    await page.check('[data-testid=chips-tagIds] label:has-text("Nordic") input');
    await rowCount(page, 3);
    expect(new URL(page.url()).hash).toMatch(/[?&]tagIds=[0-9a-f-]{36}(&|$)/);

    await page.click('[data-testid=export-menu] summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-vcf]')]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/gm)).toHaveLength(3);
    const exported = parseVCards(text);
    // In the list's order (name, descending, still in the URL).
    expect(exported.map((c) => person(c))).toEqual([...NORWEGIANS].reverse().map((c) => person(c)));
    expect(exported.find((c) => c.lastName === 'Dahl')).toMatchObject({ title: 'Daglig leder', urls: ['https://dahl-bygg.no'] });
    expect(exported.find((c) => c.lastName === 'Bjørnstad')).toMatchObject({ note: 'Møtt på Nor-Fishing.' });

    await page.click('[data-testid=export-menu] summary');
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    expect(csvFile.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await csvFile.path())!, 'utf8')).toBe(
      '\uFEFFName,Title,Works at,E-mail,Phone,City,Tags\r\n' +
        '"Nordmann <i>jr</i>, Ola",,,ola@nordmann.no,22 00 00 01,Oslo,Nordic\r\n' +
        '"Dahl, Per",Daglig leder,,per@dahl-bygg.no,90 01 13 33,Bergen,Nordic\r\n' +
        '"Bjørnstad, Kari",,,kari@bjornstad.no,90 01 12 22,Tromsø,Nordic\r\n',
    );
  });

  it('narrows to the people of a company picked under Works at, and names the company in the chip', async () => {
    const per = (await call<{ items: { id: string }[] }>('GET', '/api/contacts?q=per%40dahl-bygg.no')).items;
    expect(per).toHaveLength(1);
    const { company } = await call<{ company: { id: string } }>('POST', '/api/companies', { name: 'Dahl Bygg AS' });
    await call('POST', `/api/contacts/${per[0]!.id}/companies`, { companyId: company.id, position: 'Daglig leder' });
    await page.fill('input[name=filter-company]', 'Dahl Bygg');
    await page.click('[data-testid=filter-company] .picker-results button:has-text("Dahl Bygg AS")');
    await rowCount(page, 1);
    expect(new URL(page.url()).hash).toContain(`companyId=${company.id}`);
    await page.waitForSelector('[data-testid=filter-chips] [data-key=companyId] >> text=Dahl Bygg AS');
    expect(await page.textContent('[data-testid=filter-chips] [data-key=companyId]')).toMatch(/^Works at: Dahl Bygg AS/);
    expect(await names(page)).toEqual(['Dahl, Per']);
  });

  it('exports one contact from its card as .vcf, with the company the person works at', async () => {
    await page.click(`${rows} a:text-is("Dahl, Per")`);
    await page.waitForSelector('[data-testid=contact-card]');
    expect(await page.textContent('[data-testid=contact-card] h1')).toBe('Per Dahl');
    expect(await page.textContent('[data-testid=fact-tags]')).toBe('Nordic');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-vcard]')]);
    expect(download.suggestedFilename()).toMatch(/^per-dahl-\d{4}-\d{2}-\d{2}\.vcf$/);
    const [exported, ...more] = parseVCards(readFileSync((await download.path())!, 'utf8'));
    expect(more).toEqual([]);
    expect(person(exported!)).toEqual(person(card('Dahl')));
    expect(exported).toMatchObject({ organization: 'Dahl Bygg AS', title: 'Daglig leder', categories: [] });
    expect(exported!.addresses[0]).toMatchObject({ street: 'Strandkaien 2', city: 'Bergen', postalCode: '5013', country: 'NO' });
    await shot(page, 'contact-card');
  });
});
