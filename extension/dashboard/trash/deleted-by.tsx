import type { TrashItem } from '../../../shared/api/trash.api';
import { useI18n } from '../../ui/i18n/use-i18n';

type DeletedByProps = { item: TrashItem; sentence?: boolean };

/** "Deleted by Kari Nordmann, 6 Dec 2026, 03:40" (or "Kari Nordmann deleted it …" as a sentence). */
export function DeletedBy({ item, sentence = false }: DeletedByProps) {
  const { t, f } = useI18n();
  const when = f.dateTime(item.deletedAt);
  const name = item.deletedBy ? (item.deletedBy.name ?? t('trash.someone')) : null;
  if (sentence) return <span>{name ? t('trash.gone.by', { name, when }) : t('trash.gone.at', { when })}</span>;
  return <span>{name ? t('trash.deletedBy', { name, when }) : t('trash.deletedAt', { when })}</span>;
}
