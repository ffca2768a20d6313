import { useState } from 'preact/hooks';
import type { RecordTypeName } from '../../../shared/records/record-types';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';

type BulkDeleteButtonProps = {
  type: RecordTypeName;
  count: number;
  /** Runs the deletion through the bulk bar, which shows progress and the summary. */
  onConfirmed: () => void;
};

/** "Delete…" on the bulk bar: asks "Delete 12 companies?" with the count before anything moves. */
export function BulkDeleteButton({ type, count, onConfirmed }: BulkDeleteButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="secondary" onClick={() => setOpen(true)} data-testid="bulk-delete">
        {t('trash.bulk.delete')}
      </button>
      {open && (
        <ConfirmDialog
          title={t(type === 'company' ? 'trash.bulk.confirmCompany' : 'trash.bulk.confirmContact', { count })}
          body={t('trash.bulk.explain')}
          confirmLabel={t('trash.delete.yes')}
          busyLabel={t('trash.delete.busy')}
          busy={false}
          error={null}
          onConfirm={() => {
            setOpen(false);
            onConfirmed();
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}
