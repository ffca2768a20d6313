import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { naceLabel, searchNace } from '../../../shared/registers/nace';
import { loadNaceLabels } from '../../../shared/registers/nace-label-loader';
import { NACE_REV2_CODES } from '../../../shared/registers/nace-rev2-codes';

// Checked against Eurostat's exports and the national lists that share their wording:
// SSB SN2007, SCB SNI 2007, DST DB07, INE CNAE-2009.
const KNOWN = {
  nb: { '78.10': 'Rekruttering og formidling av arbeidskraft', '62.01': 'Programmeringstjenester', '43.12': 'Grunnarbeid' },
  sv: { '78.10': 'Arbetsförmedling och rekrytering', '62.01': 'Dataprogrammering', '78.20': 'Personaluthyrning' },
  da: { '78.10': 'Arbejdsformidlingskontorer', '78.20': 'Vikarbureauer', '62.01': 'Computerprogrammering' },
  nl: { '78.10': 'Arbeidsbureaus', '78': 'Arbeidsbemiddeling en personeelswerk', '62.01': "Schrijven van computerprogramma's" },
  es: {
    '78.10': 'Actividades de las agencias de colocación',
    '62.01': 'Actividades de programación informática',
    N: 'ACTIVIDADES ADMINISTRATIVAS Y SERVICIOS AUXILIARES',
  },
} as const;

const LOCALIZED = LANGUAGES.filter((language) => language !== 'en');
const CLASSES = NACE_REV2_CODES.filter(([, level]) => level === 4).map(([code]) => code);
const CODES = new Set(NACE_REV2_CODES.map(([code]) => code));

describe.each(LOCALIZED)('NACE labels in %s', (language) => {
  it('label known codes as the source does', async () => {
    const labels = await loadNaceLabels(language);
    for (const [code, label] of Object.entries(KNOWN[language])) expect(naceLabel(code, labels), code).toBe(label);
  });

  it('cover at least 99% of the classes, with only NACE codes and tidy labels', async () => {
    const labels = await loadNaceLabels(language);
    expect(CLASSES.filter((code) => labels[code]).length).toBeGreaterThanOrEqual(CLASSES.length * 0.99);
    expect(Object.keys(labels).filter((code) => !CODES.has(code))).toEqual([]);
    const untidy = Object.values(labels).filter((label) => !label || label !== label.trim() || label.includes('  '));
    expect(untidy).toEqual([]);
  });

  it('still find 78.10 by its English words', async () => {
    const codes = searchNace('employment placement', 20, await loadNaceLabels(language)).map((e) => e.code);
    expect(codes).toContain('78.10');
  });
});

describe('naceLabel with localized labels', () => {
  it('labels national codes with their class in the language', async () => {
    expect(naceLabel('78.100', await loadNaceLabels('nb'))).toBe('Rekruttering og formidling av arbeidskraft');
    expect(naceLabel('781000', await loadNaceLabels('da'))).toBe('Arbejdsformidlingskontorer');
  });

  it('falls back to English where a language has no label (Eurostat leaves Norwegian 98 empty)', async () => {
    const nb = await loadNaceLabels('nb');
    expect(nb['98.10']).toBeUndefined();
    expect(naceLabel('98.10', nb)).toBe(naceLabel('98.10'));
  });

  it('reads English without a map, as before', async () => {
    expect(await loadNaceLabels('en')).toEqual({});
    expect(naceLabel('78.10', await loadNaceLabels('en'))).toBe('Activities of employment placement agencies');
    expect(naceLabel('62.00', await loadNaceLabels('sv'))).toBeUndefined();
  });
});

describe('searchNace with localized labels', () => {
  it.each([
    ['nb', 'rekruttering'],
    ['sv', 'rekrytering'],
    ['da', 'arbejdsformidling'], // DB07 and Eurostat say "Arbejdsformidlingskontorer", not "rekruttering"
    ['nl', 'arbeidsbureau'], // Eurostat's Dutch; CBS SBI's "Arbeidsbemiddeling" is the division's label here
    ['es', 'colocación'],
    ['es', 'colocacion'],
  ] as const)('finds 78.10 in %s by %j', async (language, query) => {
    expect(searchNace(query, 20, await loadNaceLabels(language)).map((e) => e.code)).toContain('78.10');
  });

  it('returns the entries with their localized label', async () => {
    expect(searchNace('rekruttering', 20, await loadNaceLabels('nb'))).toEqual([
      { code: '78.10', level: 4, section: 'N', label: 'Rekruttering og formidling av arbeidskraft' },
      { code: '78.1', level: 3, section: 'N', label: 'Rekruttering og formidling av arbeidskraft' },
    ]);
  });

  it('matches each word in either language', async () => {
    const codes = searchNace('vikarbureauer temporary', 20, await loadNaceLabels('da')).map((e) => e.code);
    expect(codes).toEqual(['78.20', '78.2']);
  });

  // NACE's English says "employment placement agencies": "recruitment" finds nothing, with or without a map.
  it('finds by the English label alone without a map, as before', () => {
    expect(searchNace('placement').map((e) => e.code)).toContain('78.10');
    expect(searchNace('recruitment')).toEqual([]);
    expect(searchNace('rekruttering')).toEqual([]);
  });
});
