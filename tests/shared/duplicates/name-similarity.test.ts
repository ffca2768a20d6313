import { describe, expect, it } from 'vitest';
import { SIMILAR_NAME, nameKey, nameSimilarity } from '../../../shared/duplicates/name-similarity';

describe('company name similarity', () => {
  it('ignores legal forms, case, accents and punctuation', () => {
    expect(nameKey('Ålesund Fisk A/S')).toBe('alesund fisk');
    expect(nameKey('Brødrene Dahl AS')).toBe('brodrene dahl');
    expect(nameSimilarity('Fjordline AS', 'FJORDLINE')).toBe(1);
    expect(nameSimilarity('Skärgård Logistik AB', 'Skargard Logistik')).toBe(1);
  });

  it('finds typos and small variations similar, and different companies not', () => {
    expect(nameSimilarity('Nordlys Energi AS', 'Nordlys Energy AS')).toBeGreaterThanOrEqual(SIMILAR_NAME);
    expect(nameSimilarity('Havnegade Design ApS', 'Havnegade Designs ApS')).toBeGreaterThanOrEqual(SIMILAR_NAME);
    expect(nameSimilarity('Nordlys Energi AS', 'Sørlys Bygg AS')).toBeLessThan(SIMILAR_NAME);
    expect(nameSimilarity('Bergen Data AS', 'Bergen Bygg AS')).toBeLessThan(SIMILAR_NAME);
    expect(nameSimilarity('AS', 'AB')).toBe(0);
  });
});
