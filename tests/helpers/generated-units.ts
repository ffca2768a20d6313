import { norwegianCheckDigit } from '../../shared/org-number/norway';

const FIRST = [
  'Nord',
  'Fjord',
  'Havbruk',
  'Lofoten',
  'Vest',
  'Aurora',
  'Polar',
  'Kyst',
  'Fjell',
  'Bergen',
  'Tromsø',
  'Sjø',
  'Skog',
  'Bodø',
  'Stavanger',
  'Trønder',
  'Viking',
  'Storm',
  'Midnatt',
  'Isbre',
];
const SECOND = [
  'Kraft',
  'Fisk',
  'Bygg',
  'Data',
  'Transport',
  'Eiendom',
  'Konsult',
  'Handel',
  'Marine',
  'Energi',
  'Regnskap',
  'Elektro',
  'Design',
  'Logistikk',
  'Mat',
  'Helse',
  'Teknikk',
  'Service',
  'Media',
  'Invest',
];
const CITIES: [string, string][] = [
  ['0150', 'OSLO'],
  ['5003', 'BERGEN'],
  ['7010', 'TRONDHEIM'],
  ['9008', 'TROMSØ'],
  ['8006', 'BODØ'],
  ['4006', 'STAVANGER'],
];
const NACE: [string, string][] = [
  ['62.010', 'Programmeringstjenester'],
  ['03.211', 'Produksjon av laks og regnbueørret i hav- og kystbasert akvakultur'],
  ['41.200', 'Oppføring av bygninger'],
  ['35.140', 'Handel med elektrisitet'],
  ['69.201', 'Regnskap og bokføring'],
  ['49.410', 'Godstransport på vei'],
];

/** The `n`th valid Norwegian org number from `start` (skips the bases MOD11 cannot complete). */
export function norwegianOrgNumbers(start: number) {
  let base = start;
  return () => {
    for (;;) {
      const digits = String(base++).padStart(8, '0');
      const check = norwegianCheckDigit(digits);
      if (check !== null) return digits + check;
    }
  };
}

/** A unit in the shape of Brreg's API and unit dump, varied by `i`. */
export function brregUnit(i: number, orgNumber: string, overrides: Record<string, unknown> = {}) {
  const [postnummer, poststed] = CITIES[i % CITIES.length]!;
  const [kode, beskrivelse] = NACE[i % NACE.length]!;
  return {
    organisasjonsnummer: orgNumber,
    navn: `${FIRST[i % FIRST.length]!.toUpperCase()} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]!.toUpperCase()} ${i} AS`,
    organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
    naeringskode1: { kode, beskrivelse },
    antallAnsatte: i % 120,
    harRegistrertAntallAnsatte: true,
    forretningsadresse: { land: 'Norge', landkode: 'NO', postnummer, poststed, adresse: [`Storgata ${(i % 90) + 1}`] },
    registrertIMvaregisteret: i % 3 !== 0,
    konkurs: i % 97 === 0,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    stiftelsesdato: `${1990 + (i % 34)}-0${(i % 9) + 1}-1${i % 10}`,
    ...overrides,
  };
}
