import type { Member } from '../../../shared/api/members.api';

/**
 * The members a picker offers for a new assignment: the active ones, plus any already chosen
 * (a deactivated owner stays visible, so they can be taken off the record).
 */
export function assignableMembers(members: Member[], chosen: readonly (string | null | undefined)[] = []): Member[] {
  return members.filter((m) => m.active || chosen.includes(m.id));
}
