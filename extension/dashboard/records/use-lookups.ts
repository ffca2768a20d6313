import { customFieldsApi } from '../../../shared/api/custom-fields.api';
import { membersApi, type Member } from '../../../shared/api/members.api';
import { listItemsApi } from '../../../shared/api/settings-lists.api';
import type { CustomField } from '../../../shared/entities/custom-field';
import type { ListItem, ListKind } from '../../../shared/entities/list-item';
import type { ApiClient } from '../../api/api-client';
import { currentI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';

/** The workspace's list values, members and custom-field definitions: what the ids on a record are named. */
export type Lookups = { items: ListItem[]; members: Member[]; customFields: CustomField[] };

/** Shown for an id whose list value (or member) is gone: deleting a value leaves records pointing at it. */
export const deletedName = () => currentI18n().t('records.deleted');

export function useLookups(api: ApiClient, onSignedOut: () => void) {
  const lists = useOperation(api, listItemsApi.list, {}, onSignedOut);
  const members = useOperation(api, membersApi.list, {}, onSignedOut);
  const fields = useOperation(api, customFieldsApi.list, {}, onSignedOut);
  const lookups: Lookups | null =
    lists.data && members.data && fields.data
      ? { items: lists.data.items, members: members.data.members, customFields: fields.data.items }
      : null;
  return { lookups, error: lists.error ?? members.error ?? fields.error };
}

export function itemName(lookups: Lookups, id: string): string {
  return lookups.items.find((item) => item.id === id)?.name ?? deletedName();
}

export function memberName(lookups: Lookups, id: string): string {
  return lookups.members.find((member) => member.id === id)?.name ?? deletedName();
}

/** The live values a company may pick: categories only when they apply to companies. */
export function companyChoices(lookups: Lookups, kind: ListKind): ListItem[] {
  return choicesFor(lookups, kind, 'company');
}

/** The live values a company or a contact may pick: categories only when they apply to it. */
export function choicesFor(lookups: Lookups, kind: ListKind, target: 'company' | 'contact'): ListItem[] {
  return lookups.items.filter(
    (item) => item.kind === kind && (kind !== 'category' || item.appliesTo === 'both' || item.appliesTo === target),
  );
}
