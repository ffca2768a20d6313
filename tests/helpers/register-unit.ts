import type { RegisterCompany } from '../../shared/registers/register-company';

/** A register unit as a register adapter returns it: a Norwegian AS with a business address and no website. */
export function registerUnit(extra: Partial<RegisterCompany> = {}): RegisterCompany {
  return {
    country: 'NO',
    orgNumber: '923609016',
    name: 'FJORD LINE AS',
    orgForm: { code: 'AS', label: 'Aksjeselskap' },
    nace: { code: '50.10', label: 'Sea and coastal passenger water transport' },
    industry: null,
    employees: 120,
    businessAddress: { street: 'Kaien 1', postalCode: '5003', city: 'Bergen', country: 'NO' },
    postalAddress: { street: 'Postboks 7', postalCode: '5804', city: 'Bergen', country: 'NO' },
    website: null,
    status: 'active',
    flags: {
      bankrupt: false,
      dissolving: false,
      forcedDissolution: false,
      deleted: false,
      vatRegistered: true,
      employerRegistered: true,
    },
    parentOrgNumber: null,
    registeredOn: '2008-01-01',
    ...extra,
  };
}
