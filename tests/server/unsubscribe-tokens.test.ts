import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import { hashToken } from '../../server/auth/tokens';
import { mailingOptOuts, mailingRecipients } from '../../server/db/schema';
import { finished } from '../helpers/mailing-finished';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp-server';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

const FROM = 'Fjord CRM <crm@fjord.test>';
const LINK = /To get no more e-mails like this: http:\/\/localhost\/unsubscribe\/(\S+)\n?$/;

describe('unsubscribe links', () => {
  let smtp: SmtpServer;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let fjordbruk: Company;
  let ingrid: { id: string };
  beforeEach(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: FROM, TRUST_PROXY: '1' });
    call = apiCaller(t.app, await t.login());
    fjordbruk = (await call('POST', '/api/companies', { name: 'Fjordbruk AS', country: 'NO', email: 'post@fjordbruk.no' })).body
      .company as Company;
    ingrid = (await call('POST', '/api/contacts', { firstName: 'Ingrid', email: 'ingrid@fjordbruk.no' })).body.contact;
    await call('POST', `/api/contacts/${ingrid.id}/companies`, { companyId: fjordbruk.id });
  });
  afterEach(async () => {
    t.close();
    await smtp.close();
  });

  const target = () => ({ entity: 'company', ids: [fjordbruk.id] });
  const send = async () => {
    const res = await call('POST', '/api/mailings', { subject: 'Nytt', body: 'Hei', recipients: 'both', target: target() });
    expect(res.status).toBe(202);
    return { created: res.body, progress: await finished(call, res.body.id) };
  };
  const tokenOf = (address: string) => LINK.exec(smtp.to(address).at(-1)!.text)![1]!;
  const from = (address: string, init: RequestInit = {}) => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': address },
  });

  it('carries 256 random bits per message, unrelated between recipients, and stores only their hash', async () => {
    await send();
    const tokens = [tokenOf('ingrid@fjordbruk.no'), tokenOf('post@fjordbruk.no')];
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 43 × 6 bits ≥ 256
    expect(tokens[0]).not.toBe(tokens[1]);
    // No shared stretch longer than chance gives two random strings.
    const [a, b] = tokens as [string, string];
    for (let i = 0; i + 8 <= a.length; i++) expect(b).not.toContain(a.slice(i, i + 8));

    const rows = await t.db.select().from(mailingRecipients);
    expect(rows.map((r) => r.unsubscribeTokenHash).sort()).toEqual(tokens.map(hashToken).sort());
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(tokens.join('|')));
  });

  it('never returns a token or its hash through the mailing API, and the recipient id no longer unsubscribes', async () => {
    const { created, progress } = await send();
    const tokens = [tokenOf('ingrid@fjordbruk.no'), tokenOf('post@fjordbruk.no')];
    const secrets = [...tokens, ...tokens.map(hashToken)];
    const sent = await call('GET', `/api/mailings/sent?companyId=${fjordbruk.id}`);
    const answers = [
      created,
      progress,
      sent.body,
      (await call('GET', `/api/mailings/sent?contactId=${ingrid.id}`)).body,
      (await call('GET', `/api/mailings/${created.id}`)).body,
      (await call('POST', '/api/mailings/preview', { target: target(), recipients: 'both' })).body,
    ];
    for (const answer of answers) for (const secret of secrets) expect(JSON.stringify(answer)).not.toContain(secret);

    // What every member can read: the recipient's id. It was the link once; now it is refused.
    const ids = (sent.body.items as { id: string }[]).map((i) => i.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const asked = await t.app.request(`/unsubscribe/${id}`);
      expect(asked.status).toBe(404);
      expect(await asked.text()).toContain('This link no longer works');
      expect((await t.app.request(`/unsubscribe/${id}`, { method: 'POST' })).status).toBe(404);
    }
    const [optOuts] = await t.db.select({ n: count() }).from(mailingOptOuts);
    expect(optOuts!.n).toBe(0);

    const res = await t.app.request(`/unsubscribe/${tokens[0]}`, { method: 'POST' });
    expect(res.status).toBe(200);
    const [after] = await t.db.select({ n: count() }).from(mailingOptOuts);
    expect(after!.n).toBe(1);
  });

  it('gives each message of a later mailing a new token; the earlier link still works', async () => {
    await send();
    const first = tokenOf('ingrid@fjordbruk.no');
    await send();
    const second = tokenOf('ingrid@fjordbruk.no');
    expect(second).not.toBe(first);
    expect((await t.app.request(`/unsubscribe/${first}`)).status).toBe(200);
    expect((await t.app.request(`/unsubscribe/${second}`)).status).toBe(200);
  });

  it('answers 429 with a page in words after 30 requests a minute from one address, and not to another', async () => {
    await send();
    const token = tokenOf('ingrid@fjordbruk.no');
    for (let i = 0; i < 30; i++) {
      const guess = `${'A'.repeat(42)}${i % 10}`;
      expect((await t.app.request(`/unsubscribe/${guess}`, from('198.51.100.7'))).status).toBe(404);
    }
    for (const init of [{}, { method: 'POST' }]) {
      const refused = await t.app.request(`/unsubscribe/${token}`, from('198.51.100.7', init));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await refused.text()).toContain('This address has opened too many unsubscribe links in a short time.');
    }
    const [optOuts] = await t.db.select({ n: count() }).from(mailingOptOuts);
    expect(optOuts!.n).toBe(0);
    expect((await t.app.request(`/unsubscribe/${token}`, from('203.0.113.9'))).status).toBe(200);
  });
});
