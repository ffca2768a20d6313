import { describe, expect, it } from 'vitest';
import { draftFromRegister } from '../../../shared/registers/draft-from-register';
import type { RegisterCompany } from '../../../shared/registers/register-company';
import { registerUnit } from '../../helpers/register-unit';

const unit = registerUnit();

type Draft = { name: string; orgNumber: string; country: string; website: string; city: string; phone: string };
const typed: Draft = {
  name: 'fjord li',
  orgNumber: '',
  country: '',
  website: 'https://fjordline.example.no',
  city: 'Oslo',
  phone: '+47 55 00 00 00',
};
const withCity = (d: Draft, u: RegisterCompany) => draftFromRegister(d, u, (f) => ({ city: f.address?.city ?? '' }));

describe('a register pick in a company form', () => {
  it("takes the register's name, org number as the register writes it, and country", () => {
    expect(withCity(typed, unit)).toMatchObject({ name: 'Fjord Line AS', orgNumber: '923 609 016', country: 'NO' });
  });

  it('keeps the typed website when the register has none, and takes the register one when it has', () => {
    expect(withCity(typed, unit).website).toBe('https://fjordline.example.no');
    expect(withCity(typed, { ...unit, website: 'https://www.fjordline.no' }).website).toBe('https://www.fjordline.no');
  });

  it('lets the form place the other register fields, clearing what the register lacks', () => {
    expect(withCity(typed, unit).city).toBe('Bergen');
    expect(withCity(typed, { ...unit, businessAddress: null }).city).toBe('');
  });

  it('leaves the fields a register knows nothing of as typed', () => {
    expect(withCity(typed, unit).phone).toBe('+47 55 00 00 00');
  });

  it('keeps an org number it cannot format as the register gave it', () => {
    expect(withCity(typed, { ...unit, country: 'GB', orgNumber: 'SC123456' }).orgNumber).toBe('SC123456');
  });
});
