import type { RecordLinks } from '../entities/record-links';
import { noLiveRecord } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

/** Every linked company and contact is a live record of this workspace. */
export async function requireLiveLinks(store: MutationStore, links: Partial<RecordLinks>) {
  for (const [entity, ids, field] of [
    ['company', links.companyIds ?? [], 'companyIds'],
    ['contact', links.contactIds ?? [], 'contactIds'],
  ] as const) {
    for (const id of ids) {
      const row = await store.get(entity, id);
      if (!row || row.deletedAt !== null) throw new MutationError('invalid', noLiveRecord(entity, id), field);
    }
  }
}

/** Assignees and participants are users of this workspace (never someone else's). */
export async function requireMembers(store: MutationStore, userIds: readonly (string | null | undefined)[], field: string) {
  for (const id of userIds) {
    if (id && !(await store.isMember(id)))
      throw new MutationError('invalid', { key: 'errors.members.notUser', values: { id } }, field);
  }
}

/** A timeline record is about something: at least one company or contact. */
export function requireSomeLink(links: RecordLinks) {
  if (links.companyIds.length + links.contactIds.length === 0) {
    throw new MutationError('invalid', { key: 'errors.timeline.noLink' }, 'companyIds');
  }
}

/** Only the keys the patch names, so a partial update leaves the rest. */
export function linksIn(patch: Partial<RecordLinks>): Partial<RecordLinks> {
  return {
    ...(patch.companyIds && { companyIds: patch.companyIds }),
    ...(patch.contactIds && { contactIds: patch.contactIds }),
  };
}
