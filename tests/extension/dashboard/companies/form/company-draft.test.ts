import { describe, expect, it } from 'vitest';
import { companyDraft, draftFromRegister, draftPayload } from '../../../../../extension/dashboard/companies/form/company-draft';
import { registerUnit } from '../../../../helpers/register-unit';

describe("the dashboard's company form after a register pick", () => {
  const empty = companyDraft(null, { items: [], members: [], customFields: [] });
  const typed = { ...empty, name: 'fjord', website: 'fjordline.example.no', phone: '55 00 00 00' };

  it('shows every field the register knows and keeps what was typed of the rest', () => {
    const draft = draftFromRegister(typed, registerUnit());
    expect(draft).toMatchObject({
      name: 'Fjord Line AS',
      orgNumber: '923 609 016',
      country: 'NO',
      orgForm: 'AS',
      naceCode: '50.10',
      employees: '120',
      website: 'fjordline.example.no',
      phone: '55 00 00 00',
      registerStatus: 'active',
    });
    expect(draft.address).toEqual({ street: 'Kaien 1', postalCode: '5003', city: 'Bergen', region: '', country: 'NO' });
    expect(draft.postalAddress).toEqual({ street: 'Postboks 7', postalCode: '5804', city: 'Bergen', region: '', country: 'NO' });
    expect(draftPayload(draft).issues).toEqual([]);
  });

  it("takes the register's website when it has one", () => {
    expect(draftFromRegister(typed, registerUnit({ website: 'https://www.fjordline.no' })).website).toBe(
      'https://www.fjordline.no',
    );
  });
});
