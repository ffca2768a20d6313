import { describe, expect, it } from 'vitest';
import { parseVCards } from '../../../shared/contacts/vcard';
import { vcardName } from '../../../shared/contacts/vcard-name';

const fromFn = (fn: string) => vcardName({ n: null, fn, isCompany: false, fallback: null });
const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'].join('\r\n');

describe('vcardName', () => {
  it.each([
    ['Ola Nordmann', 'Ola', 'Nordmann'],
    ['Ingrid Marie Haugen', 'Ingrid Marie', 'Haugen'],
    ['Jan van der Berg', 'Jan', 'van der Berg'],
    ['Sanne de Vries', 'Sanne', 'de Vries'],
    ['Carl af Trolle', 'Carl', 'af Trolle'],
    ['Nordmann, Ola', 'Ola', 'Nordmann'],
    ['Dr. Erika Mustermann', 'Erika', 'Mustermann'],
    ['Prince', 'Prince', null],
  ])('splits the full name %j when the card has no N', (fn, firstName, lastName) => {
    expect(fromFn(fn)).toEqual({ firstName, lastName, fullName: fn });
  });

  it('does not read a suffix after a comma as the first name', () => {
    expect(fromFn('John Smith, Jr.')).toEqual({ firstName: 'John', lastName: 'Smith', fullName: 'John Smith, Jr.' });
  });

  it('builds the full name from N when there is no FN', () => {
    const n = [['Stevenson'], ['John'], ['Philip', 'Paul'], ['Dr.'], ['Jr.', 'M.D.']];
    expect(vcardName({ n, fn: null, isCompany: false, fallback: null })).toEqual({
      firstName: 'John',
      lastName: 'Stevenson',
      fullName: 'Dr. John Philip Paul Stevenson, Jr., M.D.',
    });
  });

  it('uses the fallback as the full name and leaves the person empty for a company', () => {
    expect(vcardName({ n: [[], [], [], [], []], fn: null, isCompany: false, fallback: 'Fjordlys AS' })).toEqual({
      firstName: '',
      lastName: null,
      fullName: 'Fjordlys AS',
    });
    expect(vcardName({ n: null, fn: 'Fjordlys AS', isCompany: true, fallback: null })).toMatchObject({
      firstName: '',
      lastName: null,
    });
  });
});

describe('names on parsed cards', () => {
  it('treats KIND:org as a company card', () => {
    expect(parseVCards(card('KIND:org', 'FN:Havneby ApS'))[0]).toMatchObject({ firstName: '', fullName: 'Havneby ApS' });
  });

  it('names a card with neither FN nor N after its e-mail address', () => {
    expect(parseVCards(card('EMAIL:post@fjordlys.no'))[0]).toMatchObject({ firstName: '', fullName: 'post@fjordlys.no' });
  });

  it('does not split an FN that is a phone number or e-mail address into a person’s name', () => {
    expect(parseVCards(card('FN:+47 915 55 123 ext. 12'))[0]).toMatchObject({ firstName: '', lastName: null });
    expect(parseVCards(card('FN:post@fjordlys.no'))[0]).toMatchObject({ firstName: '', lastName: null });
  });
});
