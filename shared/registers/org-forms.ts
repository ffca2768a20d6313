import type { OrgNumberCountry } from './org-number';

/** A legal form as its register abbreviates it, named in the country's language and in English. */
export type OrgForm = { code: string; local: string; en: string };

export type OrgFormLanguage = 'local' | 'en';

// The common forms only: the registers list dozens more (sub-units, state bodies, pension funds)
// that sales teams rarely meet. Codes are the registers' own abbreviations, so imported data matches.
const ORG_FORMS: Record<OrgNumberCountry, readonly OrgForm[]> = {
  // Brønnøysundregistrene, Enhetsregisteret "organisasjonsform" codes.
  NO: [
    { code: 'AS', local: 'Aksjeselskap', en: 'Private limited company' },
    { code: 'ASA', local: 'Allmennaksjeselskap', en: 'Public limited company' },
    { code: 'ENK', local: 'Enkeltpersonforetak', en: 'Sole proprietorship' },
    { code: 'NUF', local: 'Norskregistrert utenlandsk foretak', en: 'Norwegian-registered foreign enterprise' },
    { code: 'ANS', local: 'Ansvarlig selskap med solidarisk ansvar', en: 'General partnership (joint and several liability)' },
    { code: 'DA', local: 'Selskap med delt ansvar', en: 'General partnership (shared liability)' },
    { code: 'SA', local: 'Samvirkeforetak', en: 'Cooperative' },
    { code: 'STI', local: 'Stiftelse', en: 'Foundation' },
    { code: 'FLI', local: 'Forening/lag/innretning', en: 'Association' },
    { code: 'KS', local: 'Kommandittselskap', en: 'Limited partnership' },
    { code: 'BA', local: 'Selskap med begrenset ansvar', en: 'Company with limited liability' },
    { code: 'IKS', local: 'Interkommunalt selskap', en: 'Inter-municipal company' },
    { code: 'KF', local: 'Kommunalt foretak', en: 'Municipal enterprise' },
    { code: 'ORGL', local: 'Organisasjonsledd', en: 'Public sector organisational unit' },
    { code: 'STAT', local: 'Staten', en: 'Central government' },
    { code: 'KOMM', local: 'Kommune', en: 'Municipality' },
    { code: 'SE', local: 'Europeisk selskap', en: 'European company (SE)' },
  ],
  // Bolagsverket "företagsform". EF is the everyday abbreviation people write for a sole trader;
  // E is Bolagsverket's own code for the same form, so both are accepted.
  SE: [
    { code: 'AB', local: 'Aktiebolag', en: 'Limited company' },
    { code: 'HB', local: 'Handelsbolag', en: 'Trading partnership' },
    { code: 'KB', local: 'Kommanditbolag', en: 'Limited partnership' },
    { code: 'EF', local: 'Enskild firma', en: 'Sole trader' },
    { code: 'E', local: 'Enskild näringsidkare', en: 'Sole trader' },
    { code: 'I', local: 'Ideell förening', en: 'Non-profit association' },
    { code: 'BRF', local: 'Bostadsrättsförening', en: 'Housing cooperative' },
    { code: 'EK', local: 'Ekonomisk förening', en: 'Economic association (cooperative)' },
    { code: 'SB', local: 'Sparbank', en: 'Savings bank' },
    { code: 'FL', local: 'Filial', en: 'Branch of a foreign company' },
  ],
  // CVR (Det Centrale Virksomhedsregister) "virksomhedsform". IVS was abolished in 2019: existing
  // ones had to convert by 2021, but old records and websites still carry it.
  DK: [
    { code: 'A/S', local: 'Aktieselskab', en: 'Public limited company' },
    { code: 'ApS', local: 'Anpartsselskab', en: 'Private limited company' },
    { code: 'IVS', local: 'Iværksætterselskab', en: 'Entrepreneurial company' },
    { code: 'I/S', local: 'Interessentskab', en: 'General partnership' },
    { code: 'K/S', local: 'Kommanditselskab', en: 'Limited partnership' },
    { code: 'P/S', local: 'Partnerselskab', en: 'Partnership limited by shares' },
    { code: 'EVS', local: 'Enkeltmandsvirksomhed', en: 'Sole proprietorship' },
    { code: 'AMBA', local: 'Andelsselskab med begrænset ansvar', en: 'Cooperative with limited liability' },
    { code: 'FMBA', local: 'Forening med begrænset ansvar', en: 'Association with limited liability' },
    { code: 'SMBA', local: 'Selskab med begrænset ansvar', en: 'Company with limited liability' },
  ],
  // Companies House "company type". Sole traders are not on the register at all, but sales
  // teams still need to record that a customer is one.
  GB: [
    { code: 'LTD', local: 'Private limited company', en: 'Private limited company' },
    { code: 'PLC', local: 'Public limited company', en: 'Public limited company' },
    { code: 'LLP', local: 'Limited liability partnership', en: 'Limited liability partnership' },
    { code: 'LP', local: 'Limited partnership', en: 'Limited partnership' },
    { code: 'SOLE', local: 'Sole trader', en: 'Sole trader' },
    { code: 'CIC', local: 'Community interest company', en: 'Community interest company' },
  ],
  // KvK (Kamer van Koophandel) Handelsregister "rechtsvorm".
  NL: [
    { code: 'BV', local: 'Besloten vennootschap', en: 'Private limited company' },
    { code: 'NV', local: 'Naamloze vennootschap', en: 'Public limited company' },
    { code: 'VOF', local: 'Vennootschap onder firma', en: 'General partnership' },
    { code: 'CV', local: 'Commanditaire vennootschap', en: 'Limited partnership' },
    { code: 'EZ', local: 'Eenmanszaak', en: 'Sole proprietorship' },
    { code: 'STG', local: 'Stichting', en: 'Foundation' },
    { code: 'VER', local: 'Vereniging', en: 'Association' },
    { code: 'COOP', local: 'Coöperatie', en: 'Cooperative' },
  ],
};

/** The common legal forms of a country, in the order a picker should offer them; [] for countries we do not know. */
export function orgForms(country: OrgNumberCountry | (string & {})): readonly OrgForm[] {
  const key = country.trim().toUpperCase();
  return Object.hasOwn(ORG_FORMS, key) ? ORG_FORMS[key as OrgNumberCountry] : [];
}

/**
 * The register's code for a form as people write it: case, dots and spaces do not matter
 * ("a.m.b.a." → "AMBA", "b.v." → "BV", "aps" → "ApS"). Null when the country has no such form.
 */
export function normalizeOrgForm(country: OrgNumberCountry | (string & {}), code: string): string | null {
  return findForm(country, code)?.code ?? null;
}

export function isOrgForm(country: OrgNumberCountry | (string & {}), code: string): boolean {
  return findForm(country, code) !== undefined;
}

export function orgFormLabel(
  country: OrgNumberCountry | (string & {}),
  code: string,
  lang: OrgFormLanguage = 'local',
): string | undefined {
  return findForm(country, code)?.[lang];
}

function findForm(country: string, code: string): OrgForm | undefined {
  const key = compactForm(code);
  return orgForms(country).find((form) => compactForm(form.code) === key);
}

function compactForm(code: string): string {
  return code.replace(/[\s.]/g, '').toUpperCase();
}
