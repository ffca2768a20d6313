import { describe, expect, it } from 'vitest';
import {
  contactDuplicateKeys,
  rankContactDuplicates,
  type ContactCandidate,
} from '../../../shared/duplicates/contact-duplicate-rule';

const kari: ContactCandidate = {
  id: 'k',
  firstName: 'Kari',
  lastName: 'Nordmann',
  emails: [{ address: 'kari@fjord.example.no' }, { address: 'Kari.Private@home.example' }],
  phones: [{ number: '+4791234567' }],
};
const karin: ContactCandidate = { id: 'kn', firstName: 'Karin', lastName: 'Nordmann', emails: [], phones: [] };
const ola: ContactCandidate = {
  id: 'o',
  firstName: 'Ola',
  lastName: 'Nordmann',
  emails: [],
  phones: [{ number: '+4799999999' }],
};
const ranked = (probe: Parameters<typeof rankContactDuplicates>[0]) =>
  rankContactDuplicates(probe, [ola, karin, kari]).map((m) => [m.contact.id, m.reasons]);

describe('the contact duplicate rule', () => {
  it('matches any of their e-mails in any case, and a phone in any format', () => {
    expect(ranked({ email: 'kari.private@HOME.example' })).toEqual([['k', ['email']]]);
    expect(ranked({ phone: '912 34 567' })).toEqual([['k', ['phone']]]);
    expect(ranked({ phone: '+47 912 34 567' })).toEqual([['k', ['phone']]]);
  });

  it('matches a very similar full name, but not only the same last name', () => {
    expect(ranked({ firstName: 'Kari', lastName: 'Nordman' })).toEqual([
      ['k', ['name']],
      ['kn', ['name']],
    ]);
    expect(ranked({ firstName: 'Per', lastName: 'Nordmann' })).toEqual([]);
  });

  it('ranks a shared e-mail or phone above any name', () => {
    expect(ranked({ firstName: 'Karin', lastName: 'Nordmann', phone: '99999999' })[0]).toEqual(['o', ['phone']]);
  });

  it('asks the stores for nothing they cannot use', () => {
    expect(contactDuplicateKeys({ email: ' ', phone: 'not a phone', lastName: ' ' })).toEqual({
      email: null,
      phone: null,
      lastName: null,
    });
  });
});
