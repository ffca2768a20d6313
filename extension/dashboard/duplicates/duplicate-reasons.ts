import type { MessageKey } from '../../../shared/i18n/messages';
import { currentI18n } from '../../ui/i18n/use-i18n';

const REASONS: Record<string, MessageKey> = {
  orgNumber: 'duplicates.reason.orgNumber',
  domain: 'duplicates.reason.domain',
  email: 'duplicates.reason.email',
  phone: 'duplicates.reason.phone',
  name: 'duplicates.reason.name',
};

/** Why two records look like one, in words: "same org number, similar name". */
export function reasonsText(reasons: string[]): string {
  const { t } = currentI18n();
  return reasons.map((r) => (REASONS[r] ? t(REASONS[r]) : r)).join(', ');
}
