import { newId } from '../shared/ids';
import { mutationDefinition, type MutationName } from '../shared/mutations/registry';
import type { Deps } from './deps';
import { applyMutations, type ParsedMutation } from './domain/apply-mutations';

/** A few real-looking records so a first start has something to click through. */
export async function seedDemo(deps: Deps, workspaceId: string, userId: string) {
  const nordlys = newId();
  const skargard = newId();
  const kari = newId();
  const plan: [MutationName, unknown][] = [
    [
      'company.create',
      {
        id: nordlys,
        name: 'Nordlys Energi AS',
        website: 'https://nordlys-energi.example.no',
        orgNumber: '923609016',
        country: 'NO',
        phone: '+47 22 00 00 00',
        address: { street: 'Karl Johans gate 1', postalCode: '0154', city: 'Oslo', country: 'NO' },
      },
    ],
    [
      'company.create',
      {
        id: skargard,
        name: 'Skärgård Logistik AB',
        website: 'https://skargard-logistik.example.se',
        orgNumber: '5560360793',
        country: 'SE',
        address: { city: 'Göteborg', country: 'SE' },
      },
    ],
    ['company.create', { id: newId(), name: 'Havnegade Design ApS', website: 'https://havnegade.example.dk', country: 'DK' }],
    [
      'contact.create',
      { id: kari, firstName: 'Kari', lastName: 'Nordmann', email: 'kari@nordlys-energi.example.no', title: 'Innkjøpssjef' },
    ],
    [
      'contact.linkCompany',
      { id: newId(), contactId: kari, companyId: nordlys, position: 'Head of purchasing', isPrimary: true },
    ],
  ];
  const mutations: ParsedMutation[] = plan.map(([name, args], i) => ({
    mutationId: i + 1,
    name,
    args: mutationDefinition(name).args.parse(args),
  }));
  const { results } = await applyMutations(deps, { workspaceId, userId, role: 'admin' }, null, mutations);
  // Demo data that the rules refuse is a bug in this file, not something to start without.
  const refused = results.find((r) => r.status === 'rejected');
  if (refused) throw new Error(`Demo record refused: ${JSON.stringify(refused)}`);
}
