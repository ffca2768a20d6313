import { describe, expect, it } from 'vitest';
import { NACE_REV2_CODES } from '../../../shared/registers/nace-rev2-codes';

describe('NACE_REV2_CODES', () => {
  it('holds the 21 sections, 88 divisions, 272 groups and 615 classes of NACE Rev. 2', () => {
    const counts = [1, 2, 3, 4].map((level) => NACE_REV2_CODES.filter(([, l]) => l === level).length);
    expect(counts).toEqual([21, 88, 272, 615]);
  });

  it('lists every code once, after its parent and within its parent section', () => {
    const seen = new Map<string, string>();
    for (const [code, level, section] of NACE_REV2_CODES) {
      const parent = level === 1 ? undefined : level === 2 ? section : code.slice(0, level === 3 ? 2 : 4);
      expect(seen.has(code), code).toBe(false);
      if (parent !== undefined) expect(seen.get(parent), `${code} under ${parent}`).toBe(section);
      seen.set(code, section);
    }
  });

  it('has labels without stray whitespace', () => {
    const untidy = NACE_REV2_CODES.filter(([, , , label]) => label !== label.trim() || label.includes('  ') || label === '');
    expect(untidy).toEqual([]);
  });
});
