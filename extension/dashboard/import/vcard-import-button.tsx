import { decodeVCardFile } from '../../../shared/contacts/decode-vcard-file';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import type { Lookups } from '../records/use-lookups';
import { importRows, type ImportRow } from './vcard-import-rows';
import { parseVCards } from '../../../shared/contacts/vcard';
import type { ApiClient } from '../../api/api-client';
import { companyMatcher } from './vcard-company-match';

export type VCardFile = { name: string; rows: ImportRow[] };

type VCardImportButtonProps = {
  /** Companies named on the cards are looked up in Fjord through it. */
  api: ApiClient;
  /** Category names on the cards are matched against the workspace's categories. */
  lookups: Lookups | null;
  busy: boolean;
  onRead: (file: VCardFile) => void;
  onError: (message: string) => void;
};

/** "Import .vcf": reads the chosen file in the browser (any charset, see decodeVCardFile); nothing is sent yet. */
export function VCardImportButton({ api, lookups, busy, onRead, onError }: VCardImportButtonProps) {
  const { t } = useI18n();
  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || !lookups) return;
    try {
      const text = decodeVCardFile(new Uint8Array(await file.arrayBuffer()));
      const match = await companyMatcher(api, parseVCards(text));
      onRead({ name: file.name, rows: importRows(text, lookups, match) });
    } catch (err) {
      onError(currentI18n().t('import.readFailed', { file: file.name, message: (err as Error).message }));
    }
  };
  const disabled = !lookups || busy;
  return (
    <label class={`button secondary file-button${disabled ? ' disabled' : ''}`} data-testid="vcard-import">
      {t('import.button')}
      <input
        type="file"
        name="vcf-file"
        accept=".vcf,text/vcard,text/x-vcard"
        disabled={disabled}
        onChange={(e) => void open(e.currentTarget)}
      />
    </label>
  );
}
