import type { RegisterCompany } from '../../../shared/registers/register-company';
import { bolagsverketToRegisterCompany, type BolagsverketOrganisation } from './bolagsverket-organisation';
import { columnText } from '../mirror/bulk-file';

/**
 * One row of Bolagsverket's bulk file (`bolagsverket_bulkfil.zip`, Värdefulla datamängder):
 * semicolon-separated, every value quoted, composite values joined by `$` and lists by `|`, codes
 * carrying their code list as a suffix (`AB-ORGFO`, `KK-AVOMFO`). Columns as the file's header
 * names them; layouts as Bolagsverket's description of its downloadable files gives them:
 * - organisationsidentitet: `5566778899$ORGNR-IDORG` (or `…$PERSON-IDORG` for a sole trader)
 * - organisationsnamn: `Name$FORETAGSNAMN-ORGNAM$2020-01-02`, several joined by `|`
 * - organisationsform: `AB-ORGFO`; avregistreringsdatum: `2017-03-30`; avregistreringsorsak: `OVERK-AVORG`
 * - pagandeAvvecklingsEllerOmstruktureringsforfarande: `|KK-AVOMFO$2026-04-01`, several joined by `|`
 * - postadress: `street$c/o$POSTORT$postnummer$SE-LAND`
 */
export type BolagsverketBulkRow = Record<string, unknown>;

/** The file's organisationsform codes (without `-ORGFO`); the API sends these labels itself. */
const ORG_FORMS: Record<string, string> = {
  AB: 'Aktiebolag',
  BAB: 'Bankaktiebolag',
  BF: 'Bostadsförening',
  BFL: 'Utländsk banks filial',
  BRF: 'Bostadsrättsförening',
  E: 'Enskild näringsverksamhet',
  EB: 'Enkla bolag',
  EEIG: 'Europeisk ekonomisk intressegruppering',
  EGTS: 'Europeisk gruppering för territoriellt samarbete',
  EK: 'Ekonomisk förening',
  FAB: 'Försäkringsaktiebolag',
  FF: 'Försäkringsförmedlare',
  FL: 'Filial',
  FOF: 'Försäkringsförening',
  HB: 'Handelsbolag',
  I: 'Ideell förening som bedriver näringsverksamhet',
  KB: 'Kommanditbolag',
  KHF: 'Kooperativ hyresrättsförening',
  MB: 'Medlemsbank',
  OFB: 'Ömsesidigt försäkringsbolag',
  OTPB: 'Ömsesidigt tjänstepensionsbolag',
  S: 'Stiftelse som bedriver näringsverksamhet',
  SB: 'Sparbank',
  SCE: 'Europakooperativ',
  SE: 'Europabolag',
  SF: 'Sambruksförening',
  TPAB: 'Tjänstepensionsaktiebolag',
  TPF: 'Tjänstepensionsförening',
  TSF: 'Trossamfund som bedriver näringsverksamhet',
};

export function isBolagsverketBulkRow(record: Record<string, unknown>): boolean {
  return 'organisationsidentitet' in record && 'organisationsnamn' in record;
}

/** A unit from a row, read through the live adapter's own mapping so a mirror hit and a lookup agree. */
export function bolagsverketBulkRowToRegisterCompany(row: BolagsverketBulkRow): RegisterCompany | null {
  const text = (column: string) => columnText(row, column);
  const [identity = ''] = text('organisationsidentitet').split('$');
  const number = identity.replace(/\D/g, '');
  if (number.length !== 10 && number.length !== 12) return null;
  const formCode = code(text('organisationsform'), 'ORGFO');
  const [street, careOf, third, fourth, land] = text('postadress').split('$');
  // The documented order is postort before postnummer; read the number wherever it is.
  const [postort, postnummer] = isPostnummer(third) && !isPostnummer(fourth) ? [fourth, third] : [third, fourth];
  const organisation: BolagsverketOrganisation = {
    organisationsidentitet: { identitetsbeteckning: number.slice(-10) },
    organisationsnamn: { organisationsnamnLista: names(text('organisationsnamn')) },
    organisationsform: formCode ? { kod: formCode, klartext: ORG_FORMS[formCode] ?? formCode } : null,
    organisationsdatum: { registreringsdatum: text('registreringsdatum') || null },
    avregistreradOrganisation: text('avregistreringsdatum') ? { avregistreringsdatum: text('avregistreringsdatum') } : null,
    postadressOrganisation: {
      postadress: { utdelningsadress: street, coAdress: careOf, postort, postnummer, land: land && code(land, 'LAND') },
    },
    pagandeAvvecklingsEllerOmstruktureringsforfarande: {
      pagandeAvvecklingsEllerOmstruktureringsforfarandeLista: list(text('pagandeAvvecklingsEllerOmstruktureringsforfarande'))
        // `-AVOMFO` is an ongoing procedure; a concluded one (`-AVSLAVOMFO`) no longer weighs.
        .map((entry) => ({ kod: code(entry.split('$')[0] ?? '', 'AVOMFO'), klartext: null }))
        .filter((p) => p.kod),
    },
  };
  return bolagsverketToRegisterCompany(organisation);
}

/** `AB-ORGFO` → `AB` when the suffix names the expected code list, else null. */
function code(token: string, codeList: string): string | null {
  const suffix = `-${codeList}`;
  return token.toUpperCase().endsWith(suffix) ? token.slice(0, -suffix.length) || null : null;
}

function list(value: string): string[] {
  return value
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);
}

function names(value: string) {
  return list(value).map((entry) => {
    const [namn = '', typ = ''] = entry.split('$');
    return { namn: namn.trim(), organisationsnamntyp: { kod: code(typ, 'ORGNAM'), klartext: null } };
  });
}

function isPostnummer(value: string | undefined): boolean {
  return !!value && /^\d{3}\s?\d{2}$/.test(value.trim());
}
