import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { RecordSearch } from './record-search';

type LinkRecordFormProps = {
  api: ApiClient;
  /** What is searched for the other end of the link: a company for a person, a person for a company. */
  entity: 'company' | 'contact';
  testId: string;
  /** Input names, as the tests and the browser's form history know them. */
  searchName: string;
  positionName: string;
  saveTestId: string;
  search: { label: string; placeholder: string; noMatch: (q: string) => string };
  /** Records already linked: not offered again. */
  excludeIds: readonly string[];
  /** Said under the search once a record is picked ("Picked Per Dahl: …"). */
  picked?: (name: string) => string;
  busy: boolean;
  onLink: (id: string, position: string | null) => void;
  onCancel: () => void;
  onSignedOut: () => void;
  /** More actions beside Link (the company card's "New person"). */
  children?: ComponentChildren;
};

/** Links a person and a company: find the other record, give the position there, Link. */
export function LinkRecordForm(props: LinkRecordFormProps) {
  const { api, entity, testId, searchName, positionName, saveTestId, search, excludeIds, picked, busy } = props;
  const { t } = useI18n();
  const [choice, setChoice] = useState({ id: '', name: '', position: '' });
  return (
    <div class="add-company-link" data-testid={testId}>
      <RecordSearch
        api={api}
        entity={entity}
        name={searchName}
        {...search}
        selectedId={choice.id || null}
        excludeIds={excludeIds}
        onPick={(id, name) => setChoice({ ...choice, id, name })}
        onSignedOut={props.onSignedOut}
      />
      {picked && choice.id && (
        <p class="muted small" data-testid="picked-person">
          {picked(choice.name)}
        </p>
      )}
      <label>
        {t('contacts.form.position')}
        <input
          name={positionName}
          value={choice.position}
          onInput={(e) => setChoice({ ...choice, position: e.currentTarget.value })}
        />
      </label>
      <div class="row-actions">
        <button
          type="button"
          data-testid={saveTestId}
          disabled={busy || !choice.id}
          onClick={() => props.onLink(choice.id, choice.position.trim() || null)}
        >
          {t('contacts.card.link')}
        </button>
        {props.children}
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
