import { describe, expect, it } from 'vitest';
import { createArgsFromDraft, draftFromCapture, draftFromRegister } from '../../../extension/popup/company-draft';
import { registerUnit } from '../../helpers/register-unit';

describe("the popup's quick-add draft after a register pick", () => {
  const captured = {
    ...draftFromCapture(undefined, 'https://fjordline.example.no/booking'),
    street: 'Strandkaien 3',
    phone: '55 00 00 00',
  };

  it('fills the visible fields from the register and keeps the rest aside for the save', () => {
    const draft = draftFromRegister(captured, registerUnit());
    expect(draft).toMatchObject({
      name: 'Fjord Line AS',
      orgNumber: '923 609 016',
      country: 'NO',
      website: 'https://fjordline.example.no',
      street: 'Kaien 1',
      postalCode: '5003',
      city: 'Bergen',
      phone: '55 00 00 00',
    });
    expect(draft.register).toEqual({
      orgForm: 'AS',
      naceCode: '50.10',
      employees: 120,
      postalAddress: { street: 'Postboks 7', postalCode: '5804', city: 'Bergen', country: 'NO' },
      registerStatus: 'active',
      naceLabel: 'Sea and coastal passenger water transport',
      orgFormLabel: 'Aksjeselskap',
    });
    expect(createArgsFromDraft('id-1', draft)).toMatchObject({ orgNumber: '923 609 016', orgForm: 'AS', employees: 120 });
  });

  it("clears the page's address when the register has none", () => {
    expect(draftFromRegister(captured, registerUnit({ businessAddress: null })).street).toBe('');
  });
});
