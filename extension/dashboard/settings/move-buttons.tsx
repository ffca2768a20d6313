import { useI18n } from '../../ui/i18n/use-i18n';

type MoveButtonsProps = { name: string; busy: boolean; first: boolean; last: boolean; onMove: (delta: -1 | 1) => void };

/** ↑ and ↓ for reordering a settings row. */
export function MoveButtons({ name, busy, first, last, onMove }: MoveButtonsProps) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        class="icon"
        title={t('settings.move.up')}
        aria-label={t('settings.move.upNamed', { name })}
        disabled={busy || first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        title={t('settings.move.down')}
        aria-label={t('settings.move.downNamed', { name })}
        disabled={busy || last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
