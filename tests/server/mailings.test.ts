import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import type { Contact } from '../../shared/entities/contact';
import type { MailingProgress } from '../../shared/mail/mailing-responses';
import { newId } from '../../shared/ids';
import { mailingRecipients, mailings } from '../../server/db/schema';
import { parseEnv } from '../../server/env';
import { freePort } from '../e2e/helpers/server-process';
import { companyArgs, pushBody } from '../helpers/factories';
import { finished } from '../helpers/mailing-finished';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp-server';
import { ADMIN, type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

const FROM = 'Fjord CRM <crm@fjord.test>';
const SMTP_AUTH = { user: 'crm@fjord.test', pass: 'hemmelig passord' };

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The message as composed, without the unsubscribe link every mailing ends with (mailing-unsubscribe.test.ts). */
const written = (text: string) => text.replace(/\n\n-- \nTo get no more e-mails like this: \S+\n?$/, '');

describe('e-mailing a selection of companies and their contacts', () => {
  let smtp: SmtpServer;
  let t: TestApp;
  let call: ApiCall;
  beforeEach(async () => {
    smtp = await startSmtpServer({ reject: ['gone@fjordbruk.no'], auth: SMTP_AUTH });
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: FROM });
    call = apiCaller(t.app, await t.login());
  });
  afterEach(async () => {
    t.close();
    await smtp.close();
  });

  const company = async (fields: Record<string, unknown>) =>
    (await call('POST', '/api/companies', { country: 'NO', ...fields })).body.company as Company;
  const contact = async (fields: Record<string, unknown>, ...links: [Company, boolean?][]) => {
    const made = (await call('POST', '/api/contacts', fields)).body.contact as Contact;
    for (const [to, isPrimary] of links)
      await call('POST', `/api/contacts/${made.id}/companies`, { companyId: to.id, isPrimary });
    return made;
  };

  /** Fjordbruk with its own address and two people (one without an address), Skärgård with none of its own, Tom AS with nobody. */
  const seed = async () => {
    const fjordbruk = await company({
      name: 'Fjordbruk AS',
      email: 'post@fjordbruk.no',
      orgNumber: '923609016',
      address: { city: 'Tromsø' },
    });
    const skargard = await company({ name: 'Skärgård AB', country: 'SE' });
    const tom = await company({ name: 'Tom AS' });
    const ingrid = await contact({ firstName: 'Ingrid', lastName: 'Hansen', email: 'ingrid@fjordbruk.no' }, [fjordbruk]);
    const ola = await contact({ firstName: 'Ola', lastName: 'Uten' }, [fjordbruk]);
    // Linked to both; his primary company is Skärgård, so that is the one his message speaks of.
    const sven = await contact({ firstName: 'Sven', email: 'sven@skargard.se' }, [skargard, true], [fjordbruk, false]);
    return { fjordbruk, skargard, tom, ingrid, ola, sven };
  };

  const mailing = (ids: string[], overrides: Record<string, unknown> = {}) => ({
    subject: 'Nytt fra Fjord til {{company.name}}',
    body: 'Hei {{contact.firstName|dere}},\n\n{{company.name}} ({{company.orgNumber|uten org.nr.}}) i {{company.city|Norden}}.\n\nHilsen {{user.name}}',
    target: { entity: 'company', ids },
    recipients: 'both',
    ...overrides,
  });

  it('sends one message per recipient with the merge fields filled in, and logs each on its contact and company', async () => {
    const { fjordbruk, skargard, tom, ingrid, ola, sven } = await seed();
    const res = await call('POST', '/api/mailings', mailing([fjordbruk.id, skargard.id, tom.id]));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ recipients: 3, skipped: { noAddress: 3, noContacts: 0, duplicate: 0 } });
    expect(res.body.skippedRecords.map((r: { name: string; reason: string }) => `${r.name}: ${r.reason}`).sort()).toEqual([
      'Ola Uten: noAddress',
      'Skärgård AB: noAddress',
      'Tom AS: noAddress',
    ]);
    const done = await finished(call, res.body.id);
    expect(done).toMatchObject({ total: 3, sent: 3, failed: 0, pending: 0, finished: true, failures: [] });

    expect(smtp.received).toHaveLength(3);
    const [toIngrid] = smtp.to('ingrid@fjordbruk.no');
    expect(toIngrid!.subject).toBe('Nytt fra Fjord til Fjordbruk AS');
    expect(written(toIngrid!.text)).toBe('Hei Ingrid,\n\nFjordbruk AS (923 609 016) i Tromsø.\n\nHilsen Admin');
    expect(toIngrid!.headers.from).toBe(FROM);
    expect(toIngrid!.headers['reply-to']).toBe(ADMIN.email);
    expect(toIngrid!.headers['x-fjord-mailing']).toBe(res.body.id);
    expect(toIngrid!.headers['message-id']).toMatch(/^<[0-9a-f-]{36}@fjord\.test>$/);
    expect(written(smtp.to('post@fjordbruk.no')[0]!.text)).toBe(
      'Hei dere,\n\nFjordbruk AS (923 609 016) i Tromsø.\n\nHilsen Admin',
    );
    const [toSven] = smtp.to('sven@skargard.se');
    expect(toSven!.subject).toBe('Nytt fra Fjord til Skärgård AB');
    expect(written(toSven!.text)).toBe('Hei Sven,\n\nSkärgård AB (uten org.nr.) i Norden.\n\nHilsen Admin');

    const log = async (query: string) =>
      (await call('GET', `/api/mailings/sent?${query}`)).body.items as Record<string, unknown>[];
    expect(await log(`contactId=${ingrid.id}`)).toEqual([
      expect.objectContaining({
        contactName: 'Ingrid Hansen',
        address: 'ingrid@fjordbruk.no',
        subject: 'Nytt fra Fjord til Fjordbruk AS',
        status: 'sent',
        sentAt: expect.any(Number),
        sentBy: 'Admin',
      }),
    ]);
    expect((await log(`companyId=${fjordbruk.id}`)).map((m) => m.address).sort()).toEqual([
      'ingrid@fjordbruk.no',
      'post@fjordbruk.no',
    ]);
    expect((await log(`companyId=${skargard.id}`)).map((m) => [m.address, m.contactId])).toEqual([['sven@skargard.se', sven.id]]);
    expect(await log(`contactId=${ola.id}`)).toEqual([]);
    expect(await log(`companyId=${tom.id}`)).toEqual([]);
  });

  it('previews who it would reach and the first recipient’s values, sending nothing', async () => {
    const { fjordbruk } = await seed();
    const res = await call('POST', '/api/mailings/preview', {
      target: { entity: 'company', ids: [fjordbruk.id] },
      recipients: 'contacts',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      configured: true,
      recipients: 2,
      skipped: { noAddress: 1 },
      first: { address: 'ingrid@fjordbruk.no', values: { 'contact.fullName': 'Ingrid Hansen', 'company.city': 'Tromsø' } },
    });
    expect(await rows(t)).toEqual({ mailings: 0, recipients: 0 });
  });

  it('sends an address once, and takes the companies a list filter matches', async () => {
    const shared = await company({ name: 'Felles AS', email: 'Post@Felles.no' });
    await contact({ firstName: 'Per', email: 'post@felles.no' }, [shared]);
    await company({ name: 'Svensk AB', country: 'SE', email: 'info@svensk.se' });
    const res = await call('POST', '/api/mailings', mailing([], { target: { entity: 'company', filter: { country: 'NO' } } }));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ recipients: 1, skipped: { duplicate: 1 } });
    await finished(call, res.body.id);
    expect(smtp.received.map((m) => m.to)).toEqual([['post@felles.no']]);
    expect(smtp.received[0]!.text).toMatch(/^Hei Per,/);
  });

  it('marks a recipient the SMTP server refuses as failed and sends the others', async () => {
    const ok = await company({ name: 'Fungerer AS', email: 'ok@fungerer.no' });
    const gone = await company({ name: 'Borte AS', email: 'gone@fjordbruk.no' });
    const res = await call('POST', '/api/mailings', mailing([gone.id, ok.id], { recipients: 'companies' }));
    const done = await finished(call, res.body.id);
    expect(done).toMatchObject({ total: 2, sent: 1, failed: 1, pending: 0 });
    expect(done.failures).toEqual([{ address: 'gone@fjordbruk.no', error: expect.stringMatching(/^550 .*mailbox unavailable/) }]);
    expect(smtp.received.map((m) => m.to)).toEqual([['ok@fungerer.no']]);
    const [logged] = (await call('GET', `/api/mailings/sent?companyId=${gone.id}`)).body.items;
    expect(logged).toMatchObject({ status: 'failed', error: expect.stringContaining('550'), sentAt: null });
  });

  it('fails the rest with the reason when the SMTP server stops taking mail part way', async () => {
    await smtp.close();
    smtp = await startSmtpServer({ auth: SMTP_AUTH, refuseAfter: 2 });
    t.close();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: FROM });
    call = apiCaller(t.app, await t.login());
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await company({ name: `Avbrutt ${i} AS`, email: `post${i}@avbrutt.no` })).id);
    const res = await call('POST', '/api/mailings', mailing(ids, { recipients: 'companies' }));
    const done = await finished(call, res.body.id);
    expect(done).toMatchObject({ total: 6, sent: 2, failed: 4, pending: 0, finished: true });
    expect(done.failures.map((f) => f.error)).toEqual(Array(4).fill(expect.stringMatching(/^Not sent: 421 .*shutting down/)));
    expect(smtp.received).toHaveLength(2);
  });

  it('refuses bad input with a 4xx and writes nothing', async () => {
    const { fjordbruk, tom } = await seed();
    const typo = await call('POST', '/api/mailings', mailing([fjordbruk.id], { body: 'Hei {{contact.frstName}}' }));
    expect(typo.status).toBe(400);
    expect(typo.body.error).toMatchObject({
      code: 'invalid',
      issues: [{ path: ['body'], message: 'unknown merge field {{contact.frstName}}' }],
    });

    const nobody = await call('POST', '/api/mailings', mailing([tom.id]));
    expect(nobody.status).toBe(400);
    expect(nobody.body.error).toMatchObject({
      code: 'noRecipients',
      message: expect.stringContaining('1 without an e-mail address'),
    });
    const noContacts = await call('POST', '/api/mailings', mailing([tom.id], { recipients: 'contacts' }));
    expect(noContacts.body.error.message).toContain('1 companies without contacts');

    const other = await t.otherWorkspace();
    const theirs = (await (
      await t.app.request('/api/companies', json('POST', { name: 'Deres AS', email: 'x@deres.no' }, other.token))
    ).json()) as {
      company: Company;
    };
    const foreign = await call('POST', '/api/mailings', mailing([fjordbruk.id, theirs.company.id]));
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toMatchObject({ code: 'notFound', issues: [{ path: ['target', 'ids', 1] }] });
    const foreignPreview = await call('POST', '/api/mailings/preview', {
      target: { entity: 'company', ids: [theirs.company.id] },
      recipients: 'both',
    });
    expect(foreignPreview.status).toBe(404);

    for (const body of [
      mailing([]),
      mailing([fjordbruk.id], { recipients: 'everyone' }),
      mailing([fjordbruk.id], { subject: 'Linje 1\nLinje 2' }),
      mailing([fjordbruk.id], { subject: '  ' }),
      { ...mailing([fjordbruk.id]), target: { entity: 'contact', ids: [fjordbruk.id] } },
    ]) {
      expect((await call('POST', '/api/mailings', body)).status).toBe(400);
    }
    expect(await rows(t)).toEqual({ mailings: 0, recipients: 0 });
    expect(smtp.received).toEqual([]);
  });

  it("keeps mailings and their logs within the caller's workspace", async () => {
    const { fjordbruk } = await seed();
    const res = await call('POST', '/api/mailings', mailing([fjordbruk.id]));
    await finished(call, res.body.id);
    const other = await t.otherWorkspace();
    expect((await call('GET', `/api/mailings/${res.body.id}`, undefined, other.token)).status).toBe(404);
    expect((await call('GET', `/api/mailings/sent?companyId=${fjordbruk.id}`, undefined, other.token)).body.items).toEqual([]);
    expect((await call('GET', `/api/mailings/${newId()}`)).status).toBe(404);
    expect((await call('GET', `/api/mailings/sent?companyId=${fjordbruk.id}&contactId=${newId()}`)).status).toBe(400);
  });

  it('sends to 10,000 companies, reporting progress along the way until it finishes', async () => {
    const total = 10_000;
    const token = await t.login();
    for (let i = 0; i < total; i += 1000) {
      const mutations = Array.from({ length: 1000 }, (_, j) => ({
        name: 'company.create',
        args: companyArgs({ name: `Volum ${i + j} AS`, email: `post${i + j}@volum.no` }),
      }));
      await t.app.request('/sync/push', json('POST', pushBody(newId(), mutations), token));
    }
    const started = Date.now();
    const res = await call('POST', '/api/mailings', {
      ...mailing([], { target: { entity: 'company', filter: { q: 'Volum' } }, recipients: 'companies' }),
    });
    expect(res.status).toBe(202);
    expect(res.body.recipients).toBe(total);
    const seen: MailingProgress[] = [];
    const done = await finished(call, res.body.id, (p) => seen.push(p), 200);
    const seconds = (Date.now() - started) / 1000;
    expect(done).toMatchObject({ total, sent: total, failed: 0, pending: 0 });
    expect(smtp.received).toHaveLength(total);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(total);
    // Progress moved in steps, each count between the last and the total.
    const partial = seen.filter((p) => p.sent > 0 && p.sent < total);
    expect(partial.length).toBeGreaterThan(3);
    expect(seen.map((p) => p.sent)).toEqual([...seen.map((p) => p.sent)].sort((a, b) => a - b));
    console.info(`10,000 messages: ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s), ${seen.length} progress reads`);
  }, 60_000);

  it('sends no faster than MAIL_RATE_LIMIT allows', async () => {
    const paced = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: FROM, MAIL_RATE_LIMIT: '4/second' });
    try {
      const as = apiCaller(paced.app, await paced.login());
      const ids: string[] = [];
      for (let i = 0; i < 9; i++)
        ids.push((await as('POST', '/api/companies', { name: `Takt ${i} AS`, email: `post${i}@takt.no` })).body.company.id);
      const started = Date.now();
      const res = await as('POST', '/api/mailings', mailing(ids, { recipients: 'companies' }));
      expect(await finished(as, res.body.id)).toMatchObject({ sent: 9, failed: 0 });
      // Four, a second's wait, four, another wait, one.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
      expect(smtp.received).toHaveLength(9);
    } finally {
      paced.close();
    }
  });
});

describe('mail configuration', () => {
  it('takes SMTP as one URL or as host and port, and names what is missing or doubled', () => {
    expect(parseEnv({ SMTP_URL: 'smtps://crm:pw@smtp.example.no:465', MAIL_FROM: FROM })).toMatchObject({
      SMTP_URL: 'smtps://crm:pw@smtp.example.no:465',
    });
    expect(
      parseEnv({ SMTP_HOST: 'smtp.example.no', SMTP_PORT: '2525', SMTP_SECURE: 'true', MAIL_FROM: 'crm@example.no' }),
    ).toMatchObject({
      SMTP_PORT: 2525,
      SMTP_SECURE: true,
    });
    expect(() => parseEnv({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(
      /MAIL_FROM: is required when SMTP_URL or SMTP_HOST is set/,
    );
    expect(() => parseEnv({ SMTP_URL: 'smtp://a:25', SMTP_HOST: 'b', MAIL_FROM: FROM })).toThrow(
      /SMTP_HOST: set SMTP_URL or SMTP_HOST, not both/,
    );
    expect(() => parseEnv({ SMTP_URL: 'http://mail', MAIL_FROM: 'nobody' })).toThrow(
      /SMTP_URL: must look like smtp:.*\n.*MAIL_FROM: must be an address/,
    );
    expect(parseEnv({ MAIL_RATE_LIMIT: '30/minute' }).MAIL_RATE_LIMIT).toEqual({ count: 30, ms: 60_000 });
    expect(() => parseEnv({ MAIL_RATE_LIMIT: '30 a minute' })).toThrow(
      /MAIL_RATE_LIMIT: must be a count per second, minute or hour/,
    );
  });
});

describe('e-mailing a selection without a working SMTP server', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  const tryToSend = async (env: Record<string, string>) => {
    t = await createTestApp(env);
    const call = apiCaller(t.app, await t.login());
    const company = (await call('POST', '/api/companies', { name: 'Fjordbruk AS', email: 'post@fjordbruk.no' })).body
      .company as Company;
    const body = {
      subject: 'Hei',
      body: 'Hei {{company.name}}',
      target: { entity: 'company', ids: [company.id] },
      recipients: 'companies',
    };
    return { res: await call('POST', '/api/mailings', body), call, company };
  };

  it('answers 503 mailNotConfigured when SMTP is not set up, and writes nothing', async () => {
    const { res, call, company } = await tryToSend({ SMTP_URL: '', MAIL_FROM: '' });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'mailNotConfigured', message: expect.stringContaining('SMTP_URL') });
    expect(await rows(t!)).toEqual({ mailings: 0, recipients: 0 });
    const preview = await call('POST', '/api/mailings/preview', {
      target: { entity: 'company', ids: [company.id] },
      recipients: 'companies',
    });
    expect(preview.body).toMatchObject({ configured: false, recipients: 1 });
  });

  it('answers 503 mailUnavailable naming the server when it cannot be reached or refuses the sign-in, and writes nothing', async () => {
    const port = await freePort();
    const closed = await tryToSend({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: FROM });
    expect(closed.res.status).toBe(503);
    expect(closed.res.body.error).toMatchObject({
      code: 'mailUnavailable',
      message: expect.stringMatching(new RegExp(`^The SMTP server 127\\.0\\.0\\.1:${port} could not be used: .*ECONNREFUSED`)),
    });
    expect(await rows(t!)).toEqual({ mailings: 0, recipients: 0 });
    t!.close();

    const smtp = await startSmtpServer({ auth: SMTP_AUTH });
    try {
      const wrong = await tryToSend({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_USER: SMTP_AUTH.user,
        SMTP_PASS: 'feil',
        MAIL_FROM: FROM,
      });
      expect(wrong.res.status).toBe(503);
      expect(wrong.res.body.error.message).toMatch(/535/);
      expect(await rows(t!)).toEqual({ mailings: 0, recipients: 0 });
    } finally {
      await smtp.close();
    }
  });
});

async function rows(t: TestApp) {
  const [m] = await t.db.select({ n: count() }).from(mailings);
  const [r] = await t.db.select({ n: count() }).from(mailingRecipients);
  return { mailings: m!.n, recipients: r!.n };
}
