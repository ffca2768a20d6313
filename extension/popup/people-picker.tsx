import { useI18n } from '../ui/i18n/use-i18n';
import type { PersonDraft } from './person-draft';

type PeoplePickerProps = { people: PersonDraft[]; onChange: (people: PersonDraft[]) => void };

/** People found on the page, each offered as a contact of the company. */
export function PeoplePicker({ people, onChange }: PeoplePickerProps) {
  const { t } = useI18n();
  if (people.length === 0) return null;
  const toggle = (key: string) => onChange(people.map((p) => (p.key === key ? { ...p, selected: !p.selected } : p)));
  return (
    <fieldset class="people" data-testid="people">
      <legend>{t('popup.people.legend')}</legend>
      {people.map((p) => (
        <label key={p.key} class="person">
          <input type="checkbox" checked={p.selected} onChange={() => toggle(p.key)} />
          <span>
            {`${p.firstName} ${p.lastName}`.trim()}
            {p.title && <small> · {p.title}</small>}
            {p.email && <small> · {p.email}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
