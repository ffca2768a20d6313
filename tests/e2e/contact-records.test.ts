import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const form = '[data-testid=contact-form]';

describe('contacts as records of their own in the dashboard, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof adminApi>>;
  let havbruk: string;
  let kari: string;
  let ingrid: string;
  const dir = tempDir('fjord-contacts-');

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    havbruk = (await api('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company.id;
    expect((await api('POST', '/api/companies', { name: 'Fjordlys AS', country: 'NO' })).status).toBe(201);
    expect((await api('POST', '/api/settings/lists', { kind: 'tag', name: 'VIP' })).status).toBe(201);
    const member = await api('POST', '/api/settings/members', {
      name: 'Kari Nordmann',
      email: 'kari@fjord.example',
      password: 'Tidewater lantern 4 copper gulls',
      role: 'member',
    });
    expect(member.status, JSON.stringify(member.body)).toBe(201);
    kari = member.body.member.id;
    expect((await api('POST', '/api/contacts', { firstName: 'Per', lastName: 'Dahl' })).status).toBe(201);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    dir.remove();
  });

  it('creates a contact from the list, showing every problem at once in words and focusing the first', async () => {
    await page.goto(`${server.url}/#/contacts`);
    await page.click('[data-testid=new-contact]');
    await page.waitForSelector(form);
    // Nothing but a broken e-mail and an unreadable phone: all three problems, each by its field.
    await page.fill(`${form} input[name="emails.0.value"]`, 'ingrid@');
    await page.fill(`${form} input[name="phones.0.value"]`, '12');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=form-error]');
    expect(await text(page, '[data-testid=error-firstName]')).toBe('First name: is required');
    expect(await text(page, '[data-testid=error-emails]')).toBe('E-mail addresses: line 1 e-mail must be an e-mail address');
    expect(await text(page, '[data-testid=error-phones]')).toMatch(/^Phone numbers: line 1 phone number .*12/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('firstName');
    expect(await text(page, '[data-testid=form-error]')).toContain('check First name, E-mail addresses, Phone numbers');

    await page.fill(`${form} input[name=firstName]`, 'Ingrid');
    await page.fill(`${form} input[name=lastName]`, 'Haugen');
    await page.fill(`${form} input[name=title]`, 'Daglig leder');
    await page.fill(`${form} input[name=birthday]`, '1985-04-23');
    await page.fill(`${form} input[name="emails.0.value"]`, 'ingrid@havbruk.no');
    await page.click('[data-testid=add-emails]');
    await page.fill(`${form} input[name="emails.1.value"]`, 'ingrid.haugen@example.com');
    await page.fill(`${form} input[name="emails.1.label"]`, 'Private');
    await page.fill(`${form} input[name="phones.0.value"]`, '912 34 567');
    await page.fill(`${form} input[name="phones.0.label"]`, 'Mobile');
    await page.check(`${form} [data-testid=chips-tagIds] label:has-text("VIP") input`);
    await page.check(`${form} [data-testid=chips-ownerIds] label:has-text("Kari Nordmann") input`);
    await page.check(`${form} input[name=isPrivateCustomer]`);
    await page.fill(`${form} input[name=worksAtSearch]`, 'havbruk');
    await page.click(`${form} .picker-results button:has-text("Havbruk Nord AS")`);
    await page.fill(`${form} input[name=position]`, 'CEO');
    await page.click('[data-testid=save-contact]');

    await page.waitForSelector('[data-testid=contact-card]');
    ingrid = page.url().split('/').pop()!;
    const card = await text(page, '[data-testid=contact-card]');
    expect(card).toContain('Ingrid Haugen');
    expect(card).toContain('23 Apr 1985');
    expect(card).toContain('91 23 45 67');
    expect(card).toContain('Kari Nordmann');
    expect(await text(page, '[data-testid=company-link]')).toContain('Havbruk Nord AS');
    expect(await page.inputValue('[data-testid=company-link] input[name=position]')).toBe('CEO');
    const { contact } = (await api('GET', `/api/contacts/${ingrid}`)).body;
    expect(contact).toMatchObject({
      birthday: '1985-04-23',
      emails: [
        { address: 'ingrid@havbruk.no', label: null },
        { address: 'ingrid.haugen@example.com', label: 'Private' },
      ],
      isPrivateCustomer: true,
    });
    expect(card).toContain(String(contact.customerNumber));
    // The creator is responsible by default, beside the one picked.
    expect(contact.ownerIds).toHaveLength(2);
    expect(contact.ownerIds).toContain(kari);
  });

  it('edits a contact: the private address becomes the primary, the phone goes, the title changes', async () => {
    await page.click('[data-testid=edit-contact]');
    await page.waitForSelector(form);
    await page.click(`${form} [data-testid=emails-editor] .channel-row:nth-child(2) button:has-text("Make primary")`);
    await page.click(`${form} [data-testid=phones-editor] button:has-text("Remove")`);
    await page.fill(`${form} input[name=title]`, 'Styreleder');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=contact-card]');
    const { contact } = (await api('GET', `/api/contacts/${ingrid}`)).body;
    expect(contact).toMatchObject({ title: 'Styreleder', email: 'ingrid.haugen@example.com', phones: [] });
    expect(await text(page, '[data-testid=contact-card] .card-header')).toContain('Styreleder');
  });

  it('links the person to a second company, makes it the primary, changes a position and unlinks the first', async () => {
    await page.click('[data-testid=add-company]');
    await page.fill('input[name=linkCompanySearch]', 'fjordlys');
    await page.click('[data-testid=add-company-link] .picker-results button:has-text("Fjordlys AS")');
    await page.fill('input[name=linkPosition]', 'Styremedlem');
    await page.click('[data-testid=save-company-link]');
    await page.waitForSelector('[data-testid=company-link]:has-text("Fjordlys AS")');
    await page.click('[data-testid=company-link]:has-text("Fjordlys AS") button:has-text("Make primary")');
    await page.waitForSelector('[data-testid=company-link]:has-text("Fjordlys AS"):has-text("(primary)")');
    const havbrukPosition = '[data-testid=company-link]:has-text("Havbruk Nord AS") input[name=position]';
    await page.fill(havbrukPosition, 'Rådgiver');
    await page.press(havbrukPosition, 'Enter');
    await expect.poll(async () => (await api('GET', `/api/contacts/${ingrid}`)).body.companies.length).toBe(2);
    await expect
      .poll(async () => {
        const links = (await api('GET', `/api/contacts/${ingrid}`)).body.companies as {
          company: { name: string };
          position: string | null;
          isPrimary: boolean;
        }[];
        return links.map((l) => [l.company.name, l.position, l.isPrimary]).sort();
      })
      .toEqual([
        ['Fjordlys AS', 'Styremedlem', true],
        ['Havbruk Nord AS', 'Rådgiver', false],
      ]);
    await page.click('[data-testid=company-link]:has-text("Havbruk Nord AS") button:has-text("Unlink")');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=company-link]')].every((li) => !li.textContent?.includes('Havbruk Nord AS')),
    );
    expect((await api('GET', `/api/contacts/${ingrid}`)).body.companies).toHaveLength(1);
  });

  it('adds people from the company card: one found by search, one new with the company filled in', async () => {
    await page.goto(`${server.url}/#/companies/${havbruk}`);
    await page.waitForSelector('[data-testid=company-card]');
    await page.click('[data-testid=add-person]');
    await page.fill('input[name=personSearch]', 'dahl');
    await page.click('[data-testid=add-person-form] .picker-results button:has-text("Per Dahl")');
    expect(await text(page, '[data-testid=picked-person]')).toContain('Per Dahl');
    await page.fill('input[name=personPosition]', 'Innkjøper');
    await page.click('[data-testid=save-person-link]');
    await page.waitForSelector('[data-testid=company-contacts] tr:has-text("Per Dahl"):has-text("Innkjøper")');

    await page.click('[data-testid=add-person]');
    await page.click('[data-testid=new-person]');
    await page.waitForSelector(form);
    await page.waitForSelector('[data-testid=works-at] .picked >> text=Havbruk Nord AS');
    await page.fill(`${form} input[name=firstName]`, 'Ola');
    await page.fill(`${form} input[name=lastName]`, 'Nordmann');
    await page.fill(`${form} input[name=position]`, 'Driftsleder');
    await page.click('[data-testid=save-contact]');
    await page.waitForSelector('[data-testid=contact-card]');
    expect(await text(page, '[data-testid=company-link]')).toContain('Havbruk Nord AS');
    await page.goto(`${server.url}/#/companies/${havbruk}`);
    await page.waitForSelector('[data-testid=company-contacts] tr:has-text("Ola Nordmann"):has-text("Driftsleder")');
  });

  it('shows where each person works in the contact list, and narrows it to one company', async () => {
    await page.goto(`${server.url}/#/contacts`);
    await page.waitForSelector('[data-testid=contacts] tbody tr:has-text("Haugen")');
    const row = (name: string) => text(page, `[data-testid=contacts] tbody tr:has-text("${name}")`);
    expect(await row('Haugen')).toContain('Fjordlys AS · Styremedlem');
    expect(await row('Dahl')).toContain('Havbruk Nord AS · Innkjøper');
    await page.goto(`${server.url}/#/contacts?companyId=${havbruk}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=contacts] tbody tr').length === 2);
    expect(await text(page, '[data-testid=contacts] tbody')).not.toContain('Haugen');
  });

  it('imports a vCard file, linking each card whose ORG names a company Fjord has, with its title as the position', async () => {
    const cards = [
      ['Sunniva', 'Berg', 'ORG:Havbruk Nord AS', 'TITLE:Innkjøpssjef', 'EMAIL:sunniva@gmail.com'],
      ['Tor', 'Lie', 'ORG:HAVBRUK  NORD AS;Drift', 'EMAIL:tor@example.net'],
      ['Unni', 'Vik', 'ORG:Ukjent Rederi AS', 'TITLE:Megler'],
    ].map(([first, last, ...lines]) =>
      ['BEGIN:VCARD', 'VERSION:3.0', `N:${last};${first};;;`, `FN:${first} ${last}`, ...lines, 'END:VCARD'].join('\r\n'),
    );
    const file = join(dir.path, 'havbruk.vcf');
    writeFileSync(file, cards.join('\r\n'));
    await page.goto(`${server.url}/#/contacts`);
    await page.setInputFiles('input[name=vcf-file]', file);
    await page.waitForSelector('[data-testid=vcard-preview]');
    expect(await text(page, '[data-testid=vcard-linked] summary')).toBe('2 contacts will be linked to companies Fjord has');
    await page.click('[data-testid=vcard-import-start]');
    await page.waitForSelector('[data-testid=vcard-created]');
    const { items } = (await api('GET', `/api/contacts?companyId=${havbruk}&limit=50`)).body as {
      items: { id: string; firstName: string }[];
    };
    const imported = items.filter((c) => ['Sunniva', 'Tor'].includes(c.firstName));
    expect(imported).toHaveLength(2);
    const sunniva = (await api('GET', `/api/contacts/${imported.find((c) => c.firstName === 'Sunniva')!.id}`)).body;
    expect(sunniva.companies).toEqual([expect.objectContaining({ position: 'Innkjøpssjef', isPrimary: true })]);
    expect(sunniva.contact.notes ?? '').not.toContain('Havbruk');
    // Tor's department has no field: it stays in the note, beside the link.
    const tor = (await api('GET', `/api/contacts/${imported.find((c) => c.firstName === 'Tor')!.id}`)).body;
    expect(tor.contact.notes).toContain('Drift');
    const unknown = (await api('GET', '/api/contacts?q=Vik&limit=5')).body.items[0];
    const unni = (await api('GET', `/api/contacts/${unknown.id}`)).body;
    expect(unni.companies).toEqual([]);
    expect(unni.contact.notes).toContain('Ukjent Rederi AS');
  });

  it('fits the form in a phone-sized window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/contacts/${ingrid}/edit`);
    await page.waitForSelector(form);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });
});
