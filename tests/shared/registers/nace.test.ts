import { describe, expect, it } from 'vitest';
import { NaceCodeSchema, naceLabel, naceParents, normalizeNaceCode, searchNace } from '../../../shared/registers/nace';

describe('normalizeNaceCode', () => {
  it.each([
    ['62.01', '62.01'],
    ['6201', '62.01'],
    [' 62.010 ', '62.01'],
    ['52.292', '52.29'], // SN2007, Brønnøysund's "Skipsmegling"
    ['90.012', '90.01'], // SN2007
    ['479112', '47.91'], // DB07
    ['47.91.12', '47.91'], // DB07 as Statistics Denmark prints it
    ['62010', '62.01'], // SNI 2007
    ['72110', '72.11'], // UK SIC 2007
    ['62.01/2', '62.01'], // UK SIC 2007 as ONS prints subclasses
  ])('maps %j to the NACE class %s', (input, expected) => {
    expect(normalizeNaceCode(input)).toBe(expected);
  });

  it.each([
    ['62.00', 'a class that does not exist'],
    ['00.000', "Brønnøysund's 'unknown' code"],
    ['62', 'a division'],
    ['62.0', 'a group'],
    ['J', 'a section'],
    ['1234567', 'too many digits'],
    ['62.01a', 'letters'],
    ['', 'nothing'],
  ])('returns null for %j (%s)', (input) => {
    expect(normalizeNaceCode(input)).toBeNull();
  });
});

describe('naceLabel', () => {
  it('labels a class, trimmed of the space Eurostat leaves after it', () => {
    expect(naceLabel('52.29')).toBe('Other transportation support activities');
    expect(naceLabel('52.292')).toBe('Other transportation support activities');
  });

  it('labels sections, divisions and groups', () => {
    expect(naceLabel('j')).toBe('INFORMATION AND COMMUNICATION');
    expect(naceLabel('62')).toBe('Computer programming, consultancy and related activities');
    expect(naceLabel('47.9')).toBe('Retail trade not in stores, stalls or markets');
  });

  it('returns undefined for unknown codes', () => {
    expect(naceLabel('62.00')).toBeUndefined();
    expect(naceLabel('V')).toBeUndefined();
  });
});

describe('naceParents', () => {
  it('lists section, division, group and class', () => {
    expect(naceParents('62.01')).toEqual(['J', '62', '62.0', '62.01']);
    expect(naceParents('479112')).toEqual(['G', '47', '47.9', '47.91']);
  });

  it('stops at the level of the code it is given', () => {
    expect(naceParents('01.1')).toEqual(['A', '01', '01.1']);
    expect(naceParents('U')).toEqual(['U']);
  });

  it('returns nothing for an unknown code', () => {
    expect(naceParents('62.00')).toEqual([]);
  });
});

describe('searchNace', () => {
  it('needs every word to match, case-insensitively', () => {
    expect(searchNace('RETAIL internet').map((e) => e.code)).toEqual(['47.91']);
  });

  it('lists classes before the groups and divisions that share their words', () => {
    const codes = searchNace('computer programming').map((e) => e.code);
    expect(codes).toEqual(['62.01', '62.0', '62']);
  });

  it('finds codes by prefix, with or without the dot', () => {
    expect(searchNace('62.0').map((e) => e.code)).toEqual(['62.01', '62.02', '62.03', '62.09', '62.0']);
    expect(searchNace('6209').map((e) => e.code)).toEqual(['62.09']);
  });

  it('finds the class of a pasted national code', () => {
    expect(searchNace('52.292')).toEqual([
      { code: '52.29', level: 4, section: 'H', label: 'Other transportation support activities' },
    ]);
  });

  it('matches words at their start, so "ship" skips membership organisations', () => {
    const labels = searchNace('ship', 50).map((e) => e.label);
    expect(labels).toContain('Building of ships and floating structures');
    expect(labels.some((label) => label.includes('membership'))).toBe(false);
  });

  it("matches Eurostat's typographic apostrophe with a typed one", () => {
    expect(searchNace("builders' ware").map((e) => e.code)).toEqual(['22.23']);
  });

  it('respects the limit and returns nothing for a blank query', () => {
    expect(searchNace('manufacture', 3)).toHaveLength(3);
    expect(searchNace('   ')).toEqual([]);
    expect(searchNace('zzzz')).toEqual([]);
  });
});

describe('NaceCodeSchema', () => {
  it('stores national codes as their NACE class', () => {
    expect(NaceCodeSchema.parse('52.292')).toBe('52.29');
    expect(NaceCodeSchema.parse('62010')).toBe('62.01');
  });

  it('rejects codes that are not a class, with the message forms show (a key the server words in the reader’s language)', () => {
    const result = NaceCodeSchema.safeParse('62.00');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('errors.field.naceCode');
    expect(NaceCodeSchema.safeParse(62.01).success).toBe(false);
  });
});
