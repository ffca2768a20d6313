import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import { finished } from '../helpers/mailing-finished';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp-server';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('what the server says, in the reader’s language', () => {
  let smtp: SmtpServer;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Fjord CRM <crm@fjord.test>' });
    call = apiCaller(t.app, await t.login());
  });
  afterEach(async () => {
    t.close();
    await smtp.close();
  });

  const badCompany = () => call('POST', '/api/companies', { name: '  ', email: 'not an address' });

  it('answers a bad request in English until the user picks Norwegian, then in Norwegian, zod’s own words too', async () => {
    const english = await badCompany();
    expect(english.status).toBe(400);
    expect(english.body.error.message).toBe('Invalid input: name: is required');
    expect(english.body.error.issues).toContainEqual({ path: ['email'], message: 'must be an e-mail address' });

    await call('PATCH', '/api/auth/me', { language: 'nb' });
    const norwegian = await badCompany();
    expect(norwegian.body.error).toMatchObject({ code: 'invalid', message: 'Ugyldige data: name: må fylles ut' });
    expect(norwegian.body.error.issues).toContainEqual({ path: ['email'], message: 'må være en e-postadresse' });
    const wrongType = await call('POST', '/api/companies', { name: 42 });
    expect(wrongType.body.error.message).toMatch(/^Ugyldige data: name: .*forventet/);
    // The profile's language wins over the browser's.
    const notFound = await call('GET', '/api/companies/0190b0d2-0000-7000-8000-000000000000', undefined, undefined, {
      'accept-language': 'es',
    });
    expect(notFound.body.error.message).toBe('Fant ikke firmaet');
  });

  it('answers someone signed out in their browser’s language', async () => {
    const login = (body: unknown, language: string) =>
      t.app.request('/api/auth/login', {
        ...json('POST', body),
        headers: { 'content-type': 'application/json', 'accept-language': language },
      });
    const spanish = await login({ email: 'nobody', password: '' }, 'es-ES,es;q=0.9,en;q=0.5');
    expect(spanish.status).toBe(400);
    expect((await spanish.json()).error.message).toBe('Datos no válidos: email: debe ser una dirección de correo electrónico');
    const wrong = await login({ email: 'admin@example.no', password: 'not it' }, 'sv');
    expect((await wrong.json()).error.message).toBe('Fel e-postadress eller lösenord');
    const unknown = await login({ email: 'admin@example.no', password: 'not it' }, 'fr');
    expect((await unknown.json()).error.message).toBe('Wrong e-mail or password');
  });

  it('refuses a sync push in the pushing user’s language', async () => {
    await call('PATCH', '/api/auth/me', { language: 'da' });
    const missing = '0190b0d2-0000-7000-8000-000000000001';
    const res = await call('POST', '/sync/push', {
      protocolVersion: 1,
      clientId: '0190b0d2-0000-7000-8000-0000000000c1',
      mutations: [{ mutationId: 1, name: 'company.update', args: { id: missing, patch: { name: 'Ny' } } }],
    });
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', message: `virksomhed ${missing} blev ikke fundet` });
  });

  it('shows the unsubscribe page in the browser’s language, and the mailing’s own line in the sender’s', async () => {
    await call('PATCH', '/api/auth/me', { language: 'nl' });
    const company = (await call('POST', '/api/companies', { name: 'Fjordbruk AS', email: 'post@fjordbruk.no' })).body
      .company as Company;
    const sent = await call('POST', '/api/mailings', {
      subject: 'Nieuws',
      body: 'Hallo',
      recipients: 'both',
      target: { entity: 'company', ids: [company.id] },
    });
    await finished(call, sent.body.id);
    const text = smtp.to('post@fjordbruk.no')[0]!.text;
    const link = /Meld je hier af: (\S+)/.exec(text)?.[1];
    expect(link, text).toBeDefined();

    const page = await t.app.request(new URL(link!).pathname, { headers: { 'accept-language': 'sv-SE,sv;q=0.9' } });
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Avregistrera dig från de här utskicken?');
    expect(html).toContain('<strong>post@fjordbruk.no</strong> kommer inte att få fler utskick från');
  });
});
