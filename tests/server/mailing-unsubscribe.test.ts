import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import { mailingOptOuts } from '../../server/db/schema';
import { createMailing } from '../../server/mail/mailing-create';
import { resolveRecipients } from '../../server/mail/mailing-recipients';
import { sendMailing } from '../../server/mail/mailing-sender';
import { finished } from '../helpers/mailing-finished';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp-server';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

const FROM = 'Fjord CRM <crm@fjord.test>';
const LINK = /To get no more e-mails like this: (http:\/\/localhost\/unsubscribe\/[A-Za-z0-9_-]{43})\n?$/;

describe('unsubscribing from mailings', () => {
  let smtp: SmtpServer;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let fjordbruk: Company;
  beforeEach(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: FROM });
    call = apiCaller(t.app, await t.login());
    fjordbruk = (await call('POST', '/api/companies', { name: 'Fjordbruk AS', country: 'NO', email: 'post@fjordbruk.no' })).body
      .company as Company;
    const ingrid = (await call('POST', '/api/contacts', { firstName: 'Ingrid', email: 'ingrid@fjordbruk.no' })).body.contact;
    await call('POST', `/api/contacts/${ingrid.id}/companies`, { companyId: fjordbruk.id });
  });
  afterEach(async () => {
    t.close();
    await smtp.close();
  });

  const request = { subject: 'Nytt fra Fjord', body: 'Hei {{contact.firstName|dere}}', recipients: 'both' as const };
  const send = async () => {
    const res = await call('POST', '/api/mailings', { ...request, target: { entity: 'company', ids: [fjordbruk.id] } });
    expect(res.status).toBe(202);
    return finished(call, res.body.id);
  };
  const preview = async () =>
    (await call('POST', '/api/mailings/preview', { target: { entity: 'company', ids: [fjordbruk.id] }, recipients: 'both' }))
      .body;
  const page = async (path: string, init?: RequestInit) => {
    const res = await t.app.request(path, init);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  const linkTo = (address: string) => LINK.exec(smtp.to(address).at(-1)!.text)![1]!;

  it('ends every message with a link and one-click headers; opening the link asks, the button unsubscribes', async () => {
    await send();
    const [message] = smtp.to('ingrid@fjordbruk.no');
    const link = linkTo('ingrid@fjordbruk.no');
    expect(message!.text).toMatch(/^Hei Ingrid\n\n-- \nTo get no more e-mails like this: http:\/\/localhost\/unsubscribe\//);
    expect(message!.headers['list-unsubscribe']).toBe(`<${link}>`);
    expect(message!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(linkTo('post@fjordbruk.no')).not.toBe(link);

    const path = new URL(link).pathname;
    const asked = await page(path);
    expect(asked.status).toBe(200);
    expect(asked.headers.get('cache-control')).toBe('no-store');
    expect(asked.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(asked.html).toContain('<strong>ingrid@fjordbruk.no</strong> will get no more mailings from');
    expect(asked.html).toContain('<form method="post">');
    // A mail scanner following the link changes nothing.
    expect((await preview()).skipped.optedOut).toBe(0);

    const confirmed = await page(path, { method: 'POST', body: new URLSearchParams({ confirm: '1' }) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain('gets no more mailings from');
    expect((await page(path)).html).toContain('You are unsubscribed');
    expect(await preview()).toMatchObject({
      recipients: 1,
      skipped: { optedOut: 1 },
      skippedRecords: [{ entity: 'contact', name: 'Ingrid', reason: 'optedOut' }],
    });

    smtp.received.length = 0;
    await send();
    expect(smtp.received.flatMap((m) => m.to)).toEqual(['post@fjordbruk.no']);
  });

  it("takes a mail client's one-click POST, holds back a mailing already under way, and knows the address on any record", async () => {
    await send();
    const link = new URL(linkTo('ingrid@fjordbruk.no')).pathname;
    // A mailing made before the click, sent after it.
    const { list } = await resolveRecipients(t.deps.db, t.first.workspaceId, { entity: 'company', ids: [fjordbruk.id] }, 'both');
    const auth = { workspaceId: t.first.workspaceId, userId: t.first.userId, role: 'admin' as const };
    const queued = await createMailing(
      t.deps,
      auth,
      { ...request, target: { entity: 'company', ids: [] } },
      list,
      'Admin',
      'http://localhost',
    );

    const oneClick = await page(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    await sendMailing(t.deps, queued);
    const progress = await finished(call, queued);
    expect(progress).toMatchObject({ sent: 1, failed: 1 });
    expect(progress.failures).toEqual([
      expect.objectContaining({
        address: 'ingrid@fjordbruk.no',
        error: 'Not sent: this address unsubscribed from mailings of this workspace',
      }),
    ]);

    // The address, on another record and spelt otherwise, is just as unsubscribed.
    await call('PATCH', `/api/companies/${fjordbruk.id}`, { email: 'INGRID@fjordbruk.NO' });
    const target = { entity: 'company', ids: [fjordbruk.id] };
    const companiesOnly = await call('POST', '/api/mailings/preview', { target, recipients: 'companies' });
    expect(companiesOnly.body).toMatchObject({ recipients: 0, skipped: { optedOut: 1 } });
    const refused = await call('POST', '/api/mailings', { ...request, target, recipients: 'companies' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('1 unsubscribed');
  });

  it('keeps an unsubscribe to its workspace, and changes nothing for a link it does not know', async () => {
    await send();
    await page(new URL(linkTo('ingrid@fjordbruk.no')).pathname, { method: 'POST' });

    const other = await t.otherWorkspace();
    const theirs = apiCaller(t.app, other.token);
    const company = (await theirs('POST', '/api/companies', { name: 'Annen AS', country: 'NO', email: 'ingrid@fjordbruk.no' }))
      .body.company as Company;
    const res = await theirs('POST', '/api/mailings/preview', {
      target: { entity: 'company', ids: [company.id] },
      recipients: 'both',
    });
    expect(res.body).toMatchObject({ recipients: 1, skipped: { optedOut: 0 } });

    const unknown = ['/unsubscribe/not-a-message', '/unsubscribe/%3Cscript%3E', `/unsubscribe/${'A'.repeat(43)}`];
    for (const path of unknown) {
      const asked = await page(path);
      expect(asked.status).toBe(404);
      expect(asked.html).toContain('This link is not known');
      expect(asked.html).not.toContain('<script>');
      expect((await page(path, { method: 'POST' })).status).toBe(404);
    }
    const [optOuts] = await t.db.select({ n: count() }).from(mailingOptOuts);
    expect(optOuts!.n).toBe(1);
  });
});
