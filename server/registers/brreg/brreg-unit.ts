import { z } from 'zod';
import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import {
  registerFlags,
  statusFromFlags,
  type RegisterAddress,
  type RegisterCompany,
} from '../../../shared/registers/register-company';

const CodeSchema = z.object({ kode: z.string(), beskrivelse: z.string().nullish() }).nullish();
const AddressSchema = z
  .object({
    adresse: z.array(z.string().nullable()).nullish(),
    postnummer: z.string().nullish(),
    poststed: z.string().nullish(),
    landkode: z.string().nullish(),
  })
  .nullish();
const DateSchema = z
  .string()
  .nullish()
  .transform((s) => (s ? s : null));

/**
 * A unit (`enheter`) or sub-unit (`underenheter`) of Enhetsregisteret as the API and the bulk
 * files give it. Everything but the number and name may be missing: deleted units keep only those
 * and their deletion date.
 */
export const BrregUnitSchema = z.object({
  organisasjonsnummer: z.string().regex(/^\d{9}$/),
  navn: z.string(),
  organisasjonsform: CodeSchema,
  naeringskode1: CodeSchema,
  antallAnsatte: z.number().int().nullish(),
  harRegistrertAntallAnsatte: z.boolean().nullish(),
  forretningsadresse: AddressSchema,
  beliggenhetsadresse: AddressSchema,
  postadresse: AddressSchema,
  hjemmeside: z.string().nullish(),
  registrertIMvaregisteret: z.boolean().nullish(),
  registrertIForetaksregisteret: z.boolean().nullish(),
  konkurs: z.boolean().nullish(),
  underAvvikling: z.boolean().nullish(),
  underTvangsavviklingEllerTvangsopplosning: z.boolean().nullish(),
  slettedato: DateSchema,
  nedleggelsesdato: DateSchema,
  overordnetEnhet: z.string().nullish(),
  stiftelsesdato: DateSchema,
  registreringsdatoEnhetsregisteret: DateSchema,
});
export type BrregUnit = z.infer<typeof BrregUnitSchema>;

/** Sub-unit forms: a "BEDR" is a business location, not a legal form worth filling in. */
const SUB_UNIT_FORMS = new Set(['BEDR', 'AAFY']);

export function brregToRegisterCompany(unit: BrregUnit): RegisterCompany {
  const deleted = unit.slettedato !== null;
  const closed = unit.nedleggelsesdato !== null;
  // Enhetsregisteret has no employer-register flag in its open data.
  const flags = registerFlags({
    bankrupt: unit.konkurs === true,
    dissolving: unit.underAvvikling === true,
    forcedDissolution: unit.underTvangsavviklingEllerTvangsopplosning === true,
    deleted,
    vatRegistered: unit.registrertIMvaregisteret ?? null,
  });
  const naceCode = unit.naeringskode1 ? normalizeNaceCode(unit.naeringskode1.kode) : null;
  const form = unit.organisasjonsform;
  return {
    country: 'NO',
    orgNumber: unit.organisasjonsnummer,
    name: unit.navn.trim(),
    orgForm: form && !SUB_UNIT_FORMS.has(form.kode) ? { code: form.kode, label: form.beskrivelse ?? form.kode } : null,
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    industry: unit.naeringskode1 ? { code: unit.naeringskode1.kode, label: unit.naeringskode1.beskrivelse ?? '' } : null,
    employees: unit.harRegistrertAntallAnsatte === false ? null : (unit.antallAnsatte ?? null),
    businessAddress: address(unit.forretningsadresse ?? unit.beliggenhetsadresse),
    postalAddress: address(unit.postadresse),
    website: website(unit.hjemmeside),
    status: statusFromFlags(flags, closed),
    flags,
    parentOrgNumber: unit.overordnetEnhet ?? null,
    registeredOn: unit.stiftelsesdato ?? unit.registreringsdatoEnhetsregisteret ?? null,
  };
}

function address(a: z.infer<typeof AddressSchema>): RegisterAddress | null {
  if (!a) return null;
  const street = (a.adresse ?? []).filter((line): line is string => !!line?.trim()).join(', ') || null;
  const result = {
    street,
    postalCode: a.postnummer || null,
    city: a.poststed ? titleCase(a.poststed) : null,
    country: a.landkode || null,
  };
  return result.street || result.postalCode || result.city ? result : null;
}

/** The register writes places in capitals ("NORD-ODAL"); people write "Nord-Odal". */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-/(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function website(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}
