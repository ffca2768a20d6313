import { validateLeiCode } from '../org-number/lei-code';
import { detectOrgNumbers, validateOrgNumber, type OrgCountry } from '../org-number/org-number';
import { validateVatNumber } from '../org-number/vat-number';
import { firstText, textsOf, valuesOf, type SchemaNode } from './schema-node';

export type CompanyIdentifiers = { orgNumber?: string; vatNumber?: string; leiCode?: string };

const ORG_COUNTRIES: readonly string[] = ['NO', 'SE', 'DK', 'GB', 'NL'];
// ISO 6523 ICD codes of the registers we validate (Peppol uses them: "0192:923609016").
const ICD_COUNTRIES: Record<string, OrgCountry> = { '0192': 'NO', '0007': 'SE', '0184': 'DK', '0106': 'NL' };

/**
 * Org, VAT and LEI numbers from schema.org vatID, taxID, identifier (text or PropertyValue),
 * iso6523Code and leiCode. Only numbers that validate are kept. `countryHint` (address country
 * or ccTLD) says which register a bare taxID belongs to.
 */
export function identifiersOfSchema(node: SchemaNode, countryHint: string | undefined): CompanyIdentifiers {
  const ids: CompanyIdentifiers = {};
  const hint = countryHint !== undefined && ORG_COUNTRIES.includes(countryHint) ? (countryHint as OrgCountry) : undefined;
  for (const vat of textsOf(node, 'vatID')) addVat(ids, vat, hint);
  for (const tax of textsOf(node, 'taxID')) {
    if (!addVat(ids, tax, hint)) addOrg(ids, tax, hint);
  }
  for (const code of textsOf(node, 'iso6523Code')) {
    const [icd, number] = code.split(':');
    const country = ICD_COUNTRIES[icd?.trim() ?? ''];
    if (country !== undefined && number !== undefined) addOrg(ids, number, country);
  }
  for (const value of valuesOf(node, 'identifier')) {
    const text =
      typeof value === 'string' ? value : `${firstText(value, 'propertyID', 'name') ?? ''} ${firstText(value, 'value') ?? ''}`;
    for (const match of detectOrgNumbers(text)) {
      if (match.kind === 'orgNumber') ids.orgNumber ??= match.value;
      else ids.vatNumber ??= match.value;
    }
  }
  const lei = textsOf(node, 'leiCode')
    .map(validateLeiCode)
    .find((v) => v.valid);
  if (lei) ids.leiCode = lei.normalized;
  return ids;
}

function addVat(ids: CompanyIdentifiers, input: string, hint: OrgCountry | undefined): boolean {
  const compact = input.replace(/[\s.-]/g, '');
  const prefixed = /^[A-Za-z]{2}/.test(compact) || hint === undefined ? compact : `${hint}${compact}`;
  const vat = validateVatNumber(prefixed);
  if (!vat.valid) return false;
  ids.vatNumber ??= vat.normalized;
  if (vat.orgNumber !== undefined) ids.orgNumber ??= vat.orgNumber;
  return true;
}

// Without a hint only the checksummed registers are tried: a bare 8-digit KvK or UK number
// would match almost any tax id.
function addOrg(ids: CompanyIdentifiers, input: string, hint: OrgCountry | undefined): boolean {
  const countries: OrgCountry[] = hint !== undefined ? [hint] : ['NO', 'SE', 'DK'];
  for (const country of countries) {
    const org = validateOrgNumber(country, input);
    if (org.valid) {
      ids.orgNumber ??= org.normalized;
      return true;
    }
  }
  return false;
}
