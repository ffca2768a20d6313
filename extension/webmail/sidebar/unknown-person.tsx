import { useState } from 'preact/hooks';
import { useI18n } from '../../ui/i18n/use-i18n';
import type { ContactDraft } from '../contact-draft';
import type { PersonCard } from '../people-lookup';
import { AddContactForm } from './add-contact-form';

type UnknownPersonProps = { person: PersonCard; draft: ContactDraft; onSaved: () => void };

/** A participant Fjord does not know yet, with "Add contact" one click away. */
export function UnknownPerson({ person, draft, onSaved }: UnknownPersonProps) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <li data-known="no" data-testid="participant">
      <strong>{person.name ?? person.address}</strong>
      <div class="muted small">{person.address}</div>
      {adding ? (
        <AddContactForm person={person} draft={draft} onSaved={onSaved} onCancel={() => setAdding(false)} />
      ) : (
        <div class="muted small">
          {t('sidebar.unknown.notInFjord')}{' '}
          <button type="button" class="link" data-testid="add-contact" onClick={() => setAdding(true)}>
            {t('sidebar.unknown.addContact')}
          </button>
        </div>
      )}
    </li>
  );
}
