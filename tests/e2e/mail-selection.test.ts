import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp-server';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

const FROM = 'Fjord CRM <crm@fjord.test>';

describe('e-mailing a selection of companies from the dashboard, in Chromium', () => {
  let smtp: SmtpServer;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await serverProcess({ SMTP_URL: smtp.url, MAIL_FROM: FROM });
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
    const company = async (name: string, fields: Record<string, unknown>) =>
      (ids[name] = (await call<{ company: { id: string } }>('POST', '/api/companies', { name, ...fields })).company.id);
    const contact = async (fields: Record<string, unknown>, companyName: string) => {
      const made = await call<{ contact: { id: string } }>('POST', '/api/contacts', fields);
      await call('POST', `/api/contacts/${made.contact.id}/companies`, { companyId: ids[companyName] });
      ids[String(fields.firstName)] = made.contact.id;
    };
    await company('Fjordbruk AS', { country: 'NO', email: 'post@fjordbruk.no', address: { city: 'Tromsø' } });
    await company('Havnegade Design ApS', { country: 'DK', email: 'hej@havnegade.dk' });
    await company('Ikke Valgt AS', { country: 'NO', email: 'ikke@valgt.no' });
    await contact({ firstName: 'Ingrid', lastName: 'Hansen', email: 'ingrid@fjordbruk.no' }, 'Fjordbruk AS');
    await contact({ firstName: 'Mette', lastName: 'Berg', email: 'mette@havnegade.dk' }, 'Havnegade Design ApS');
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('composes a message with merge fields to the ticked companies and their contacts, previews it, and sends it with progress', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=companies] tbody tr >> nth=2');
    for (const name of ['Fjordbruk AS', 'Havnegade Design ApS'])
      await page.check(`tr[data-id="${ids[name]}"] input[name=select]`);
    await page.click('[data-testid=bulk-email]');
    await page.waitForSelector('dialog[data-testid=mail-composer][open]');
    expect(await page.textContent('#mail-composer-title')).toBe('E-mail 2 selected companies');

    await page.check('input[name=mail-recipients][value=both]');
    await page.waitForSelector('[data-testid=mail-summary] >> text=4 messages');
    await page.fill('input[name=mail-subject]', 'Nyheter til ');
    await page.click('[data-testid="merge-field-company.name"]');
    await page.fill('textarea[name=mail-body]', 'Hei {{contact.firstName|alle}}!\n\nVi skriver til ');
    await page.click('textarea[name=mail-body]');
    await page.keyboard.press('End');
    await page.click('[data-testid="merge-field-company.name"]');
    // The picker gives the focus back to the field, after the inserted field.
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'mail-body');
    await page.keyboard.type(' i {{company.city|Norden}}.\n\nHilsen ');
    await page.click('[data-testid="merge-field-user.name"]');
    expect(await page.inputValue('input[name=mail-subject]')).toBe('Nyheter til {{company.name}}');
    expect(await page.inputValue('textarea[name=mail-body]')).toBe(
      'Hei {{contact.firstName|alle}}!\n\nVi skriver til {{company.name}} i {{company.city|Norden}}.\n\nHilsen {{user.name}}',
    );
    // The preview is the first recipient's message (Fjordbruk's contact comes first in name order).
    expect(await page.textContent('[data-testid=mail-preview-subject]')).toBe('Nyheter til Fjordbruk AS');
    expect(await page.textContent('[data-testid=mail-preview-body]')).toBe(
      'Hei Ingrid!\n\nVi skriver til Fjordbruk AS i Tromsø.\n\nHilsen Admin',
    );

    // A typo names the field before anything is sent.
    await page.fill('input[name=mail-subject]', 'Nyheter til {{company.nmae}}');
    await page.waitForSelector('[data-testid=error-subject] >> text=unknown merge field {{company.nmae}}');
    await page.fill('input[name=mail-subject]', 'Nyheter til {{company.name}}');
    await shot(page, 'mail-composer');

    // Held back a moment so the progress can be seen (four messages on loopback are quick).
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/mailings/*', async (route) => {
      if (route.request().method() === 'GET') await held;
      await route.continue();
    });
    await page.click('[data-testid=mail-send]');
    await page.waitForSelector('[data-testid=mail-progress] [data-testid=progress] >> text=Sending');
    await shot(page, 'mail-progress');
    release();
    await page.waitForSelector('[data-testid=mail-result]');
    await page.unroute('**/api/mailings/*');
    expect(await page.textContent('[data-testid=mail-result]')).toBe('Sent 4 of 4 messages.');
    await shot(page, 'mail-sent');

    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'hej@havnegade.dk',
      'ingrid@fjordbruk.no',
      'mette@havnegade.dk',
      'post@fjordbruk.no',
    ]);
    const to = (address: string) => smtp.to(address)[0]!;
    // Each message as composed, then its own unsubscribe link on this server.
    const footer = (text: string) => /\n\n-- \nTo get no more e-mails like this: (\S+)\n?$/.exec(text);
    const written = (text: string) => text.slice(0, footer(text)?.index);
    expect(to('mette@havnegade.dk').subject).toBe('Nyheter til Havnegade Design ApS');
    expect(written(to('mette@havnegade.dk').text)).toBe(
      'Hei Mette!\n\nVi skriver til Havnegade Design ApS i Norden.\n\nHilsen Admin',
    );
    expect(written(to('post@fjordbruk.no').text)).toBe('Hei alle!\n\nVi skriver til Fjordbruk AS i Tromsø.\n\nHilsen Admin');
    expect(to('ingrid@fjordbruk.no').headers.from).toBe(FROM);
    expect(smtp.to('ikke@valgt.no')).toEqual([]);

    // Mette follows her link in a browser and unsubscribes (what that leaves out: mailing-unsubscribe.test.ts).
    const link = footer(to('mette@havnegade.dk').text)![1]!;
    expect(link).toMatch(new RegExp(`^${server.url}/unsubscribe/[A-Za-z0-9_-]{43}$`));
    expect(to('mette@havnegade.dk').headers['list-unsubscribe']).toBe(`<${link}>`);
    const mette = await browser.context.newPage();
    await mette.goto(link);
    expect(await mette.textContent('h1')).toBe('Unsubscribe from these mailings?');
    await mette.click('button >> text=Unsubscribe');
    expect(await mette.textContent('[data-testid=unsubscribed]')).toMatch(
      /^mette@havnegade\.dk gets no more mailings from \S.*\.$/,
    );
    await shot(mette, 'mail-unsubscribed');
    await mette.close();
  });

  it('lists what was sent on the company card and the contact card', async () => {
    await page.click('[data-testid=mail-close]');
    await page.goto(`${server.url}/#/companies/${ids['Fjordbruk AS']}`);
    await page.waitForSelector('[data-testid=mail-log] tbody tr >> nth=1');
    const rows = await page.$$eval('[data-testid=mail-log] tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.some((r) => r.includes('Ingrid Hansen') && r.includes('ingrid@fjordbruk.no') && r.includes('Sent'))).toBe(true);
    expect(rows.some((r) => r.includes('post@fjordbruk.no') && r.includes('Nyheter til Fjordbruk AS'))).toBe(true);
    await shot(page, 'mail-log-company');

    await page.goto(`${server.url}/#/contacts/${ids.Mette}`);
    await page.waitForSelector('[data-testid=mail-log] tbody tr');
    expect(await page.textContent('[data-testid=mail-log] tbody')).toContain('Nyheter til Havnegade Design ApS');
  });
});
