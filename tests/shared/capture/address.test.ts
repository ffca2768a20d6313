import { describe, expect, it } from 'vitest';
import { makeAddress, parseAddressText } from '../../../shared/capture/address';
import { countryCode } from '../../../shared/capture/country-code';

describe('parseAddressText', () => {
  it.each([
    ['Karl Johans gate 1, 0154 Oslo, Norway', { street: 'Karl Johans gate 1', postalCode: '0154', city: 'Oslo', country: 'NO' }],
    ['Box 123, SE-111 22 Stockholm', { street: 'Box 123', postalCode: '111 22', city: 'Stockholm', country: 'SE' }],
    ['Keizersgracht 100, 1015 AA Amsterdam', { street: 'Keizersgracht 100', postalCode: '1015 AA', city: 'Amsterdam' }],
    ['Havnegade 3\n8000 Aarhus C\nDanmark', { street: 'Havnegade 3', postalCode: '8000', city: 'Aarhus C', country: 'DK' }],
    ['Unit 4, Mill Lane, RG1 8AA Reading', { street: 'Unit 4, Mill Lane', postalCode: 'RG1 8AA', city: 'Reading' }],
  ])('splits %j', (text, address) => {
    expect(parseAddressText(text)).toEqual(address);
  });

  it('keeps what it cannot place as the street', () => {
    expect(parseAddressText('London, UK')).toEqual({ street: 'London', country: 'GB' });
    expect(parseAddressText('Somewhere by the fjord')).toEqual({ street: 'Somewhere by the fjord' });
  });
});

describe('makeAddress', () => {
  it('drops blank parts and returns undefined when nothing is left', () => {
    expect(makeAddress({ street: '  ', city: ' Bergen ' })).toEqual({ city: 'Bergen' });
    expect(makeAddress({ street: '' })).toBeUndefined();
  });

  it('keeps a country it cannot code as written', () => {
    expect(makeAddress({ country: 'Atlantis' })).toEqual({ country: 'Atlantis' });
  });
});

describe('countryCode', () => {
  it.each([
    ['Norge', 'NO'],
    ['sverige', 'SE'],
    ['Danmark', 'DK'],
    ['The Netherlands', 'NL'],
    ['Nederland', 'NL'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['U.S.A.', 'US'],
    ['no', 'NO'],
  ])('codes %j as %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});
