import type { VCardContactInput } from '../../../shared/contacts/vcard-contact';

/** A complete contact as the CRM would export it; override what a test is about. */
export function contactInput(overrides: Partial<VCardContactInput> = {}): VCardContactInput {
  return {
    firstName: 'Ingrid',
    lastName: 'Haugen',
    fullName: 'Ingrid Haugen',
    organization: 'Fjordlys AS',
    department: 'Salg',
    title: 'Salgssjef',
    role: 'Beslutningstaker',
    emails: [
      { address: 'ingrid@fjordlys.no', types: ['work'], preferred: true },
      { address: 'ingrid@example.no', types: [], preferred: false },
    ],
    phones: [
      { number: '+4791555123', types: ['cell'], preferred: true },
      { number: '+47 22 33 44 55', types: ['work', 'voice'], preferred: false },
    ],
    addresses: [
      { street: 'Karl Johans gate 1', postalCode: '0154', city: 'Oslo', region: null, country: 'Norge', types: ['work'] },
    ],
    urls: ['https://fjordlys.no'],
    note: 'Kunde siden 2019.',
    birthday: '1980-03-15',
    categories: ['Kunder', 'Oslo'],
    uid: 'urn:uuid:0190c7a4-7b1e-7c3a-9d2f-3e4a5b6c7d8e',
    photoUrl: 'https://fjordlys.no/ingrid.jpg',
    ...overrides,
  };
}
