import { newId } from '../../shared/ids';
import { command, type Command } from '../sync/command';

/** "Log call or note" in the sidebar and the popup: a few fields, and a follow-up task if wanted. */
export type QuickLog = {
  kind: 'call' | 'meeting' | 'visit' | 'note';
  text: string;
  contactId: string | null;
  companyId: string | null;
  /** A note only its author may see. */
  isPrivate: boolean;
  followUp: { title: string; dueDate: string | null } | null;
};

/**
 * The activity (or note) on the contact and/or company, and the follow-up task assigned to the
 * user, as commands for one local transaction: saved at once, offline too, pushed by the outbox.
 */
export function quickLogCommands(log: QuickLog, userId: string, now = Date.now()): Command[] {
  const links = { contactIds: log.contactId ? [log.contactId] : [], companyIds: log.companyId ? [log.companyId] : [] };
  const id = newId();
  const commands: Command[] = [
    log.kind === 'note'
      ? command('note.create', { id, body: log.text, isPrivate: log.isPrivate, ...links })
      : command('activity.create', {
          id,
          type: log.kind,
          subject: log.text,
          description: null,
          occurredAt: now,
          durationMinutes: null,
          outcome: null,
          userIds: [userId],
          ...links,
        }),
  ];
  if (log.followUp) {
    commands.push(
      command('task.create', {
        id: newId(),
        title: log.followUp.title,
        description: null,
        dueDate: log.followUp.dueDate,
        dueTime: null,
        assigneeId: userId,
        status: 'open',
        priority: 'normal',
        remindAt: null,
        // Only activities and appointments are followed up; a note's task stands on its own.
        followUpOf: log.kind === 'note' ? null : id,
        ...links,
      }),
    );
  }
  return commands;
}
