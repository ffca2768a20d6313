import { describe, expect, it } from 'vitest';
import { companyFieldsFromRegister, registerDisplayName } from '../../../shared/registers/company-from-register';
import type { RegisterCompany } from '../../../shared/registers/register-company';

describe('a register unit as CRM company fields', () => {
  it('title-cases names in capitals, keeping legal forms and small words', () => {
    expect(registerDisplayName('SESAM STASJON AS')).toBe('Sesam Stasjon AS');
    expect(registerDisplayName('BODØ FISK OG VILT AS')).toBe('Bodø Fisk og Vilt AS');
    expect(registerDisplayName('NORTH SEA SOFTWARE LTD')).toBe('North Sea Software Ltd');
    expect(registerDisplayName('HAVNEGADE DESIGN APS')).toBe('Havnegade Design ApS');
    expect(registerDisplayName('MØRE-TRØNDELAG A/S')).toBe('Møre-Trøndelag A/S');
    expect(registerDisplayName('Volvo Personvagnar Aktiebolag')).toBe('Volvo Personvagnar Aktiebolag');
  });

  it('fills every field the register knows', () => {
    const unit: RegisterCompany = {
      country: 'NO',
      orgNumber: '112233445',
      name: 'SESAM STASJON AS',
      orgForm: { code: 'AS', label: 'Aksjeselskap' },
      nace: { code: '52.29', label: 'Other transportation support activities' },
      industry: { code: '52.292', label: 'Skipsmegling' },
      employees: 50,
      businessAddress: { street: 'Tyvholmen 1', postalCode: '0101', city: 'Oslo', country: 'NO' },
      postalAddress: { street: null, postalCode: '0122', city: 'Oslo', country: null },
      website: 'https://sesam.example.no',
      status: 'active',
      flags: {
        bankrupt: false,
        dissolving: false,
        forcedDissolution: false,
        deleted: false,
        vatRegistered: true,
        employerRegistered: null,
      },
      parentOrgNumber: null,
      registeredOn: '2017-10-20',
    };
    expect(companyFieldsFromRegister(unit)).toEqual({
      name: 'Sesam Stasjon AS',
      orgNumber: '112233445',
      country: 'NO',
      orgForm: 'AS',
      naceCode: '52.29',
      employees: 50,
      address: { street: 'Tyvholmen 1', postalCode: '0101', city: 'Oslo', country: 'NO' },
      postalAddress: { postalCode: '0122', city: 'Oslo' },
      website: 'https://sesam.example.no',
      registerStatus: 'active',
    });
  });
});
