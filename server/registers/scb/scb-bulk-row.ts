import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import { registerFlags, statusFromFlags, type RegisterCompany } from '../../../shared/registers/register-company';
import { NO_SNI, swedishPostalAddress } from '../bolagsverket/bolagsverket-organisation';
import { titleCase } from '../brreg/brreg-unit';
import { columnText } from '../mirror/bulk-file';

/**
 * One row of SCB's bulk file of legal units (`scb_bulkfil.zip`, published with Bolagsverket's
 * Värdefulla datamängder): tab-separated Latin-1 with a header row. The columns read here:
 * PeOrgNr (12 digits, `16` + org number for a legal person, the century + personnummer for a sole
 * trader), Foretagsnamn / Namn, JurForm (SCB's legal form), Ng1 (the main SNI 2007 code), the
 * postal address (COAdress, Gatuadress, PostNr, PostOrt), FtgStat (1 trading, 0 never, 9 not any
 * more), JEStat (9: no longer in the population) and RegDatKtid (`20200102`).
 */
export type ScbBulkRow = Record<string, unknown>;

/**
 * SCB's juridisk form → the short code Bolagsverket uses for the same form, or a name of our own
 * where Bolagsverket registers no such form (municipalities, state bodies, estates…).
 */
const LEGAL_FORMS: Record<string, { code: string; label: string }> = {
  '10': { code: 'E', label: 'Enskild näringsverksamhet' },
  '21': { code: 'Enkelt bolag', label: 'Enkelt bolag' },
  '22': { code: 'Partrederi', label: 'Partrederi' },
  '23': { code: 'Värdepappersfond', label: 'Värdepappersfond' },
  '31': { code: 'HB/KB', label: 'Handelsbolag eller kommanditbolag' },
  '32': { code: 'Gruvbolag', label: 'Gruvbolag' },
  '41': { code: 'BAB', label: 'Bankaktiebolag' },
  '42': { code: 'FAB', label: 'Försäkringsaktiebolag' },
  '43': { code: 'SE', label: 'Europabolag' },
  '49': { code: 'AB', label: 'Aktiebolag' },
  '51': { code: 'EK', label: 'Ekonomisk förening' },
  '53': { code: 'BRF', label: 'Bostadsrättsförening' },
  '54': { code: 'KHF', label: 'Kooperativ hyresrättsförening' },
  '55': { code: 'SCE', label: 'Europakooperativ' },
  '61': { code: 'Ideell förening', label: 'Ideell förening' },
  '62': { code: 'Samfällighet', label: 'Samfällighet' },
  '63': { code: 'Trossamfund', label: 'Registrerat trossamfund' },
  '71': { code: 'Familjestiftelse', label: 'Familjestiftelse' },
  '72': { code: 'Stiftelse', label: 'Stiftelse eller fond' },
  '81': { code: 'Statlig enhet', label: 'Statlig enhet' },
  '82': { code: 'Kommun', label: 'Kommun' },
  '83': { code: 'Kommunalförbund', label: 'Kommunalförbund' },
  '84': { code: 'Region', label: 'Region' },
  '85': { code: 'Försäkringskassa', label: 'Allmän försäkringskassa' },
  '87': { code: 'Offentlig korporation', label: 'Offentlig korporation eller anstalt' },
  '88': { code: 'Hypoteksförening', label: 'Hypoteksförening' },
  '89': { code: 'Regional statlig myndighet', label: 'Regional statlig myndighet' },
  '91': { code: 'Dödsbo', label: 'Oskiftat dödsbo' },
  '92': { code: 'OFB', label: 'Ömsesidigt försäkringsbolag' },
  '93': { code: 'SB', label: 'Sparbank' },
  '94': { code: 'Understödsförening', label: 'Understödsförening eller försäkringsförening' },
  '95': { code: 'Arbetslöshetskassa', label: 'Arbetslöshetskassa' },
  '96': { code: 'Utländsk juridisk person', label: 'Utländsk juridisk person' },
  '98': { code: 'Särskild juridisk person', label: 'Övrig svensk juridisk person bildad enligt särskild lagstiftning' },
};

export function isScbBulkRow(record: Record<string, unknown>): boolean {
  return 'PeOrgNr' in record && 'Ng1' in record;
}

export function scbBulkRowToRegisterCompany(row: ScbBulkRow): RegisterCompany | null {
  const text = (column: string) => columnText(row, column);
  const digits = text('PeOrgNr').replace(/\D/g, '');
  if (digits.length !== 12 && digits.length !== 10) return null;
  const number = digits.slice(-10);
  const sni = text('Ng1');
  const naceCode = sni && sni !== NO_SNI ? normalizeNaceCode(sni) : null;
  const flags = registerFlags({ deleted: text('JEStat') === '9' });
  const registered = /^(\d{4})(\d{2})(\d{2})$/.exec(text('RegDatKtid'));
  return {
    country: 'SE',
    orgNumber: number,
    name: text('Foretagsnamn') || text('Namn') || number,
    orgForm: LEGAL_FORMS[text('JurForm')] ?? null,
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    industry: sni && sni !== NO_SNI ? { code: sni, label: '' } : null,
    employees: null,
    businessAddress: null,
    // SCB writes addresses in capitals, as Bolagsverket does its postorter.
    postalAddress: swedishPostalAddress({
      utdelningsadress: titleCase(text('Gatuadress')),
      coAdress: titleCase(text('COAdress')),
      postnummer: text('PostNr'),
      postort: text('PostOrt'),
    }),
    website: null,
    status: statusFromFlags(flags, text('FtgStat') !== '' && text('FtgStat') !== '1'),
    flags,
    parentOrgNumber: null,
    registeredOn: registered ? `${registered[1]}-${registered[2]}-${registered[3]}` : null,
  };
}
