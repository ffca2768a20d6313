import { z } from 'zod';
import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import {
  registerFlags,
  statusFromFlags,
  type RegisterAddress,
  type RegisterCompany,
} from '../../../shared/registers/register-company';
import { titleCase } from '../brreg/brreg-unit';

// Every block of an organisation may come back as `null` or as `{ fel: {…} }` when its source
// (Bolagsverket or SCB) does not answer, so everything but the number is optional.
const Text = z.string().nullish();
const KodKlartext = z.object({ kod: Text, klartext: Text });

const PostadressSchema = z.object({ utdelningsadress: Text, coAdress: Text, postnummer: Text, postort: Text, land: Text });

/** One of `POST /organisationer`'s `organisationer` (Värdefulla datamängder, v1). */
export const BolagsverketOrganisationSchema = z.object({
  organisationsidentitet: z.object({ identitetsbeteckning: z.string() }),
  organisationsnamn: z
    .object({
      organisationsnamnLista: z.array(z.object({ namn: Text, organisationsnamntyp: KodKlartext.nullish() })).nullish(),
    })
    .nullish(),
  organisationsform: KodKlartext.nullish(),
  organisationsdatum: z.object({ registreringsdatum: Text }).nullish(),
  avregistreradOrganisation: z.object({ avregistreringsdatum: Text }).nullish(),
  /** SCB's "JA"/"NEJ": whether the organisation is trading. */
  verksamOrganisation: z.object({ kod: Text }).nullish(),
  naringsgrenOrganisation: z.object({ sni: z.array(KodKlartext).nullish() }).nullish(),
  postadressOrganisation: z.object({ postadress: PostadressSchema.nullish() }).nullish(),
  pagandeAvvecklingsEllerOmstruktureringsforfarande: z
    .object({ pagandeAvvecklingsEllerOmstruktureringsforfarandeLista: z.array(KodKlartext).nullish() })
    .nullish(),
});
export type BolagsverketOrganisation = z.infer<typeof BolagsverketOrganisationSchema>;

export const BolagsverketAnswerSchema = z.object({ organisationer: z.array(BolagsverketOrganisationSchema) });
export type BolagsverketAnswer = z.infer<typeof BolagsverketAnswerSchema>;

/**
 * Pågående förfaranden (Bolagsverket's code list) that change a company's standing. Konkurs and
 * the other insolvency procedures (företagsrekonstruktion, ackordsförhandling, resolution of a
 * bank) read as bankrupt. Likvidation is voluntary or ordered (tvångslikvidation) and the code does
 * not say which, so it reads as the milder dissolving. Mergers, splits and conversions (FUOL, DEOL,
 * OM…) end a company without trouble and set no flag.
 */
const INSOLVENCY_CODES = new Set(['KK', 'FR', 'AC', 'RES']);
const LIQUIDATION_CODES = new Set(['LI']);

/** SNI 00000: "Uppgift saknas", the register's way of saying it has no code. */
export const NO_SNI = '00000';

export function bolagsverketToRegisterCompany(org: BolagsverketOrganisation): RegisterCompany {
  const procedures = (
    org.pagandeAvvecklingsEllerOmstruktureringsforfarande?.pagandeAvvecklingsEllerOmstruktureringsforfarandeLista ?? []
  )
    .map((p) => p.kod?.trim().toUpperCase())
    .filter((kod): kod is string => !!kod);
  // Moms and F-skatt are Skatteverket's; this API does not carry them.
  const flags = registerFlags({
    bankrupt: procedures.some((kod) => INSOLVENCY_CODES.has(kod)),
    dissolving: procedures.some((kod) => LIQUIDATION_CODES.has(kod)),
    deleted: !!org.avregistreradOrganisation?.avregistreringsdatum,
  });
  const sni = org.naringsgrenOrganisation?.sni?.find((s) => s.kod && s.kod !== NO_SNI);
  const naceCode = sni?.kod ? normalizeNaceCode(sni.kod) : null;
  const form = org.organisationsform;
  const number = org.organisationsidentitet.identitetsbeteckning.replace(/\D/g, '');
  return {
    country: 'SE',
    orgNumber: number,
    // A name block SCB could not fill still leaves the number to show.
    name: nameOf(org) ?? number,
    orgForm: form?.kod ? { code: form.kod, label: form.klartext ?? form.kod } : null,
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    industry: sni?.kod ? { code: sni.kod, label: sni.klartext ?? '' } : null,
    // Not in the open data (SCB sells size classes separately).
    employees: null,
    // The register keeps a postal address only.
    businessAddress: null,
    postalAddress: swedishPostalAddress(org.postadressOrganisation?.postadress),
    website: null,
    status: statusFromFlags(flags, org.verksamOrganisation?.kod === 'NEJ'),
    flags,
    parentOrgNumber: null,
    registeredOn: org.organisationsdatum?.registreringsdatum || null,
  };
}

// The registered company name first: a list may also hold särskilda företagsnamn and translations.
function nameOf(org: BolagsverketOrganisation): string | null {
  const names = org.organisationsnamn?.organisationsnamnLista ?? [];
  const chosen =
    names.find((n) => n.organisationsnamntyp?.kod === 'FORETAGSNAMN' && n.namn?.trim()) ?? names.find((n) => n.namn?.trim());
  return chosen?.namn?.trim() ?? null;
}

/** A Swedish postal address as Bolagsverket and SCB keep it (c/o, delivery address, capitals). */
export function swedishPostalAddress(a: z.infer<typeof PostadressSchema> | null | undefined): RegisterAddress | null {
  if (!a) return null;
  const co = a.coAdress?.trim();
  const careOf = co && !/^c\/o\b/i.test(co) ? `c/o ${co}` : co;
  const land = a.land?.trim();
  const result = {
    street: [careOf, a.utdelningsadress?.trim()].filter(Boolean).join(', ') || null,
    postalCode: a.postnummer?.replace(/\s/g, '') || null,
    // Postorter are in capitals ("STOCKHOLM").
    city: a.postort?.trim() ? titleCase(a.postort.trim()) : null,
    country: !land || /^(sverige|sweden|se)$/i.test(land) ? 'SE' : null,
  };
  return result.street || result.postalCode || result.city ? result : null;
}
