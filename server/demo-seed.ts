import { newId } from '../shared/ids';
import type { MutationName } from '../shared/mutations/registry';
import type { Deps } from './deps';
import { applyMutations, type ParsedMutation } from './domain/apply-mutations';
import { mutationDefinition } from '../shared/mutations/registry';

/** A few real-looking records so a first start has something to click through. */
export async function seedDemo(deps: Deps, workspaceId: string, userId: string) {
  const fjordkraft = newId();
  const volvo = newId();
  const kari = newId();
  const plan: [MutationName, unknown][] = [
    [
      'company.create',
      {
        id: fjordkraft,
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
        id: volvo,
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
      { id: newId(), contactId: kari, companyId: fjordkraft, position: 'Head of purchasing', isPrimary: true },
    ],
  ];
  const mutations: ParsedMutation[] = plan.map(([name, args], i) => ({
    mutationId: i + 1,
    name,
    args: mutationDefinition(name).args.parse(args),
  }));
  await applyMutations(deps, { workspaceId, userId, role: 'admin' }, null, mutations);
}
