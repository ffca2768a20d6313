import { describe, expect, it } from 'vitest';
import {
  companyDomainOfEmail,
  companyDuplicateKeys,
  rankCompanyDuplicates,
  type CompanyCandidate,
} from '../../../shared/duplicates/company-duplicate-rule';

let next = 0;
function company(name: string, extra: Partial<CompanyCandidate> = {}): CompanyCandidate {
  return { id: `c${++next}`, name, orgNumber: null, domain: null, email: null, ...extra };
}

const nordlys = company('Nordlys Energi AS', {
  orgNumber: '923609016',
  domain: 'nordlys.example.no',
  email: 'post@nordlys.example.no',
});
const fjordfisk = company('Fjordfisk', { email: 'fjordfisk@gmail.com' });
const energy = company('Nordlys Energy AS', { domain: 'energy.example.no' });
const group = company('Nordlys Gruppen', { domain: 'example.no' });
const all = [nordlys, fjordfisk, energy, group];
const ranked = (probe: Parameters<typeof rankCompanyDuplicates>[0]) =>
  rankCompanyDuplicates(probe, all).map((m) => [m.company.name, m.reasons]);

describe('the company duplicate rule', () => {
  it('matches the org number in any spacing, the website in any URL form and the e-mail in any case', () => {
    expect(ranked({ orgNumber: '923 609 016' })).toEqual([['Nordlys Energi AS', ['orgNumber']]]);
    expect(ranked({ website: 'HTTPS://www.nordlys.example.no/kontakt' })).toEqual([
      ['Nordlys Energi AS', ['domain']],
      ['Nordlys Gruppen', ['domain']],
    ]);
    expect(ranked({ email: 'FjordFisk@Gmail.com ' })).toEqual([['Fjordfisk', ['email']]]);
  });

  it("reads the e-mail's domain as the company's, unless it is a free-mail provider's", () => {
    expect(ranked({ email: 'kari@energy.example.no' })[0]).toEqual(['Nordlys Energy AS', ['domain']]);
    expect(ranked({ email: 'kari@gmail.com' })).toEqual([]);
    expect(companyDomainOfEmail('kari@gmail.com')).toBeNull();
    expect(companyDomainOfEmail('Kari@Mail.Fjord.no')).toBe('mail.fjord.no');
    expect(companyDomainOfEmail('not an address')).toBeNull();
  });

  it('finds the company of a parent domain, after the one with the very domain', () => {
    expect(ranked({ email: 'kari@energy.example.no' })).toEqual([
      ['Nordlys Energy AS', ['domain']],
      ['Nordlys Gruppen', ['domain']],
    ]);
    expect(companyDuplicateKeys({ website: 'shop.nordlys.example.no', email: 'a@b.example.no' }).domains).toEqual([
      'shop.nordlys.example.no',
      'nordlys.example.no',
      'example.no',
      'b.example.no',
    ]);
  });

  it('finds a very similar name but not a merely similar-sounding one', () => {
    expect(ranked({ name: 'Nordlys Energi' })).toEqual([
      ['Nordlys Energi AS', ['name']],
      ['Nordlys Energy AS', ['name']],
    ]);
    expect(ranked({ name: 'Sørlys Bygg' })).toEqual([]);
  });

  it('ranks org number over domain over e-mail over name, however many weaker signals add up', () => {
    const byOrg = company('Old Name AS', { orgNumber: '999888777' });
    const byDomainAndMail = company('Nordlys Energi', { domain: 'nordlys.example.no', email: 'post@nordlys.example.no' });
    const byMailAndName = company('Nordlys Energi A/S', { email: 'post@nordlys.example.no' });
    const probe = {
      name: 'Nordlys Energi AS',
      orgNumber: '999 888 777',
      website: 'nordlys.example.no',
      email: 'post@nordlys.example.no',
    };
    expect(rankCompanyDuplicates(probe, [byMailAndName, byDomainAndMail, byOrg]).map((m) => [m.company.name, m.reasons])).toEqual(
      [
        ['Old Name AS', ['orgNumber']],
        ['Nordlys Energi', ['domain', 'email', 'name']],
        ['Nordlys Energi A/S', ['email', 'name']],
      ],
    );
  });

  it('never offers a deleted company, and offers each company once', () => {
    const gone = company('Nordlys Energi AS', { orgNumber: '923609016', deletedAt: 5 });
    expect(rankCompanyDuplicates({ orgNumber: '923609016' }, [gone, nordlys, nordlys]).map((m) => m.company.id)).toEqual([
      nordlys.id,
    ]);
  });

  it('asks nothing of the stores for an empty probe', () => {
    expect(companyDuplicateKeys({ name: '', orgNumber: ' ', website: '', email: '' })).toEqual({
      orgNumber: null,
      domains: [],
      email: null,
    });
  });
});
