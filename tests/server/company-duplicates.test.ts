import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auth, createTestApp, json } from '../helpers/test-app';

describe('duplicate warning on create', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    for (const body of [
      {
        name: 'Nordlys Energi AS',
        orgNumber: '923609016',
        country: 'NO',
        website: 'https://www.nordlys-energi.no',
        email: 'post@nordlys-energi.no',
      },
      { name: 'Skärgård Logistik AB', website: 'https://skargardlogistik.se' },
      { name: 'Bergen Bygg AS' },
      { name: 'Fjordfisk', email: 'fjordfisk@gmail.com' },
    ]) {
      await t.app.request('/api/companies', json('POST', body, token));
    }
  });
  afterEach(() => t.close());

  const check = async (query: Record<string, string>) => {
    const res = await t.app.request(`/api/companies/duplicates?${new URLSearchParams(query)}`, auth(token));
    const body = (await res.json()) as { matches: { company: { name: string }; reasons: string[] }[] };
    return body.matches.map((m) => [m.company.name, m.reasons]);
  };

  it('finds the same org number (with spaces), domain (any URL form) or e-mail', async () => {
    expect(await check({ name: 'Something Else', orgNumber: '923 609 016' })).toEqual([['Nordlys Energi AS', ['orgNumber']]]);
    expect(await check({ website: 'http://nordlys-energi.no/kontakt' })).toEqual([['Nordlys Energi AS', ['domain']]]);
    // The e-mail's domain is the company's website too, as the popup and the sidebar always read it.
    expect(await check({ email: 'POST@nordlys-energi.no' })).toEqual([['Nordlys Energi AS', ['domain', 'email']]]);
    expect(await check({ email: 'fjordfisk@gmail.com' })).toEqual([['Fjordfisk', ['email']]]);
  });

  it("reads a company's domain from an e-mail on a subdomain, never from a free-mail provider's", async () => {
    expect(await check({ email: 'kari@mail.nordlys-energi.no' })).toEqual([['Nordlys Energi AS', ['domain']]]);
    expect(await check({ email: 'kari@gmail.com' })).toEqual([]);
  });

  it('finds a very similar name, but not a merely similar-sounding one', async () => {
    expect(await check({ name: 'Nordlys Energy' })).toEqual([['Nordlys Energi AS', ['name']]]);
    expect(await check({ name: 'Skärgård Logistik' })).toEqual([['Skärgård Logistik AB', ['name']]]);
    expect(await check({ name: 'Bergen Data AS' })).toEqual([]);
  });

  it('ranks a match on several signals first and can leave out the record being edited', async () => {
    const all = await check({ name: 'Nordlys Energi', orgNumber: '923609016' });
    expect(all[0]).toEqual(['Nordlys Energi AS', ['orgNumber', 'name']]);
  });

  it("never finds another workspace's companies", async () => {
    const other = await t.otherWorkspace();
    const res = await t.app.request('/api/companies/duplicates?orgNumber=923609016', auth(other.token));
    expect(((await res.json()) as { matches: unknown[] }).matches).toEqual([]);
  });
});
