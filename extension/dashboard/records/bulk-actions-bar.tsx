import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import type { BulkAction } from '../../../shared/records/bulk-action';
import { BULK_KINDS, bulkAction, type BulkKind } from '../../../shared/records/bulk-kinds';
import type { MessageKey } from '../../../shared/i18n/messages';
import { BulkDeleteButton } from './bulk-delete-button';
import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';
import { BulkSummary } from './bulk-summary';
import { BulkValuePicker } from './bulk-value-picker';
import { listNames } from './record-list-names';
import { listOps } from './record-list-ops';
import { ProgressBar } from '../ui/progress-bar';
import { runBulk, type BulkOutcome } from './run-bulk';
import type { Lookups } from './use-lookups';
import type { Selection } from './use-selection';

type BulkActionsBarProps = {
  api: ApiClient;
  /** Whose records: the bulk actions its declaration allows, and which categories the pickers offer. */
  type: RecordTypeName;
  selection: Selection;
  lookups: Lookups;
  /** After a run: the list reloads to show what changed. */
  onFinished: () => void;
  nameOf: (id: string) => string | undefined;
  /** More actions on the selection that run their own way (E-mail…). */
  children?: ComponentChildren;
};

type Phase =
  | { state: 'idle' }
  | { state: 'running'; done: number; verb: MessageKey }
  | { state: 'done'; outcome: BulkOutcome; deleted: boolean };

export function BulkActionsBar({ api, type, selection, lookups, onFinished, nameOf, children }: BulkActionsBarProps) {
  const { t } = useI18n();
  const { bulkActions, categoryTarget } = recordTypes[type];
  const kinds = BULK_KINDS.filter((k) => bulkActions.includes(k.type));
  const [kind, setKind] = useState<BulkKind>(kinds[0]!.type);
  const [value, setValue] = useState('');
  const [fieldKey, setFieldKey] = useState('');
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const chosen = kinds.find((k) => k.type === kind)!;
  const needsValue = kind !== 'setRelationshipType' && kind !== 'setStatus' && kind !== 'setCustomField';
  const ready = (!needsValue || value !== '') && (kind !== 'setCustomField' || /^[\w.-]{1,64}$/.test(fieldKey.trim()));

  const run = async (action: BulkAction, verb: MessageKey) => {
    const ids = [...selection.ids];
    setPhase({ state: 'running', done: 0, verb });
    const outcome = await runBulk(api, listOps(type).bulk, ids, action, (done) => setPhase({ state: 'running', done, verb }));
    setPhase({ state: 'done', outcome, deleted: action.type === 'delete' });
    onFinished();
  };
  const apply = () => run(bulkAction(kind, value, fieldKey), chosen.verb);

  if (phase.state === 'running') {
    return (
      <div class="bulk-bar" data-testid="bulk-bar">
        <ProgressBar label={t(phase.verb)} done={phase.done} total={selection.size} />
      </div>
    );
  }
  if (phase.state === 'done') {
    return (
      <div class="bulk-bar" data-testid="bulk-bar">
        <BulkSummary
          names={listNames(type)}
          outcome={phase.outcome}
          appliedKey={phase.deleted ? 'trash.bulk.moved' : undefined}
          nameOf={nameOf}
          onClose={() => {
            // Deleted records have left the list, so they leave the selection once the summary is read.
            if (phase.deleted) selection.clear();
            setPhase({ state: 'idle' });
          }}
        />
      </div>
    );
  }
  return (
    <form
      class="bulk-bar"
      data-testid="bulk-bar"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void apply();
      }}
    >
      <strong data-testid="selected-count">{t('records.bulk.selected', { count: selection.size })}</strong>
      <select
        name="bulk-action"
        aria-label={t('records.bulk.action')}
        value={kind}
        onChange={(e) => {
          setKind(e.currentTarget.value as BulkKind);
          setValue('');
        }}
      >
        {kinds.map((k) => (
          <option key={k.type} value={k.type}>
            {t(k.label)}
          </option>
        ))}
      </select>
      <BulkValuePicker
        kind={kind}
        target={categoryTarget}
        lookups={lookups}
        value={value}
        onValue={setValue}
        fieldKey={fieldKey}
        onFieldKey={setFieldKey}
      />
      <button type="submit" disabled={!ready} data-testid="bulk-apply">
        {t('records.bulk.apply', { count: selection.size })}
      </button>
      {bulkActions.includes('delete') && (
        <BulkDeleteButton
          type={type}
          count={selection.size}
          onConfirmed={() => void run({ type: 'delete' }, 'trash.bulk.deleting')}
        />
      )}
      {children}
      <span class="spacer" />
      <button type="button" class="link" onClick={selection.clear}>
        {t('records.bulk.clear')}
      </button>
    </form>
  );
}
