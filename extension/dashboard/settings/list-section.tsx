import { useState } from 'preact/hooks';
import type { ListItem, ListKind } from '../../../shared/entities/list-item';
import { listItemsApi } from '../../../shared/api/settings-lists.api';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { settingsProblem, useSettingsRun } from './use-settings-run';
import { APPLIES_TO, LIST_KIND_TEXT } from './list-kinds';
import { ListItemRow } from './list-item-row';
import { MoveCompaniesForm } from '../companies/move-companies-form';

type ListSectionProps = {
  api: ApiClient;
  kind: ListKind;
  /** This kind's live values, in their sort order. */
  items: ListItem[];
  readOnly: boolean;
  onChanged: () => void;
  onSignedOut: () => void;
};

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'common.name',
  sortOrder: 'settings.field.position',
  appliesTo: 'settings.field.appliesTo',
};
const describe = (err: unknown) => settingsProblem(err, 'settings.forbidden', FIELD_LABELS);

/** One settings list: add, rename, reorder, delete (admins), or just read (members). */
export function ListSection({ api, kind, items, readOnly, onChanged, onSignedOut }: ListSectionProps) {
  const { t } = useI18n();
  const text = LIST_KIND_TEXT[kind];
  const plural = t(text.plural);
  const [name, setName] = useState('');
  const [appliesTo, setAppliesTo] = useState<ListItem['appliesTo']>('both');
  const { busy, error, setError, run } = useSettingsRun(onChanged, onSignedOut, describe);

  const patch = (item: ListItem, body: Partial<Pick<ListItem, 'name' | 'sortOrder' | 'appliesTo'>>) =>
    api.call(listItemsApi.update, { params: { id: item.id }, json: body });

  const add = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError(`${t('common.name')}: ${t('dashboard.form.required')}`);
    const sortOrder = Math.max(-1, ...items.map((item) => item.sortOrder)) + 1;
    const body = { kind, name: name.trim(), sortOrder, ...(kind === 'category' ? { appliesTo } : {}) };
    if (await run(t('dashboard.busy.adding'), () => api.call(listItemsApi.create, { json: body }))) setName('');
  };
  // Renumbers the whole list: values added with the default order all share 0, so a swap alone would not move them.
  const move = (index: number, delta: -1 | 1) =>
    run(t('dashboard.busy.moving'), async () => {
      const order = [...items];
      const [moved] = order.splice(index, 1);
      order.splice(index + delta, 0, moved!);
      for (const [position, item] of order.entries()) {
        if (item.sortOrder !== position) await patch(item, { sortOrder: position });
      }
    });

  return (
    <section class="card list-section" data-testid={`list-${kind}`} aria-busy={busy !== null}>
      <header class="list-section-header">
        <h2>{t(text.title)}</h2>
        {busy && <span class="muted small">{busy}</span>}
      </header>
      <p class="muted small">{t(text.about)}</p>
      {items.length === 0 ? (
        <p class="muted small empty-list">{t(readOnly ? 'settings.list.emptyReadOnly' : 'settings.list.empty', { plural })}</p>
      ) : (
        <ul class="list-items">
          {items.map((item, index) => (
            <ListItemRow
              key={item.id}
              item={item}
              first={index === 0}
              last={index === items.length - 1}
              readOnly={readOnly}
              busy={busy !== null}
              showAppliesTo={kind === 'category'}
              onRename={(newName) => run(t('dashboard.busy.renaming'), () => patch(item, { name: newName }))}
              onAppliesTo={(value) => void run(t('common.saving'), () => patch(item, { appliesTo: value }))}
              onMove={(delta) => void move(index, delta)}
              onDelete={() =>
                void run(t('dashboard.busy.deleting'), () => api.call(listItemsApi.remove, { params: { id: item.id } }))
              }
            />
          ))}
        </ul>
      )}
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
      {!readOnly && (
        <form class="add-item" onSubmit={(e) => void add(e)}>
          <input
            name={`new-${kind}`}
            aria-label={t(text.newItem)}
            placeholder={t('settings.list.addTo', { plural })}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {kind === 'category' && (
            <select
              name="appliesTo"
              aria-label={t('settings.field.appliesTo')}
              value={appliesTo}
              onChange={(e) => setAppliesTo(e.currentTarget.value as ListItem['appliesTo'])}
            >
              {Object.entries(APPLIES_TO).map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          )}
          <button type="submit" class="secondary" disabled={busy !== null}>
            {t('common.add')}
          </button>
        </form>
      )}
      {!readOnly && <MoveCompaniesForm api={api} kind={kind} items={items} />}
    </section>
  );
}
