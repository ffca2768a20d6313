import type { ListKind } from '../shared/entities/list-item';
import type { MessageKey } from '../shared/i18n/messages';
import type { Language } from '../shared/i18n/languages';
import { newId } from '../shared/ids';
import type { AuthContext, Deps } from './deps';
import { applyMutations } from './domain/apply-mutations';
import { i18nFor } from './i18n/server-i18n';

/**
 * What a new workspace starts with (the lists RecMan and 24SevenOffice users expect), named in the
 * workspace's language when it is created; afterwards they are the workspace's own data.
 */
export const DEFAULT_LIST_ITEMS: { kind: ListKind; names: MessageKey[] }[] = [
  {
    kind: 'relationshipType',
    names: [
      'settings.defaultLists.relationshipType.prospect',
      'settings.defaultLists.relationshipType.customer',
      'settings.defaultLists.relationshipType.suspect',
      'settings.defaultLists.relationshipType.supplier',
      'settings.defaultLists.relationshipType.partner',
      'settings.defaultLists.relationshipType.ownCompany',
    ],
  },
  {
    kind: 'statusType',
    names: [
      'settings.defaultLists.statusType.active',
      'settings.defaultLists.statusType.notProcessed',
      'settings.defaultLists.statusType.inactive',
    ],
  },
];

/**
 * The settings lists a new workspace starts with, named in its language, written like any admin
 * change (versioned, audited).
 */
export async function createDefaultLists(deps: Deps, admin: AuthContext, language: Language) {
  const { t } = i18nFor(language);
  const mutations = DEFAULT_LIST_ITEMS.flatMap(({ kind, names }) =>
    names.map((name, i) => ({ kind, name: t(name), sortOrder: (i + 1) * 10, appliesTo: 'both' as const })),
  ).map((args, i) => ({ mutationId: i + 1, name: 'listItem.create' as const, args: { id: newId(), ...args } }));
  await applyMutations(deps, admin, null, mutations);
}
