import { ActivityFieldsSchema, BUILT_IN_ACTIVITY_TYPES } from '../entities/activity';
import { AppointmentFieldsSchema } from '../entities/appointment';
import { NoteFieldsSchema } from '../entities/note';
import { TaskFieldsSchema } from '../entities/task';
import { canSee } from '../visibility/can-see';
import { MutationError } from './mutation-error';
import { requireMembers } from './timeline-rules';
import { timelineMutations } from './timeline-mutations';

export const activityMutations = timelineMutations('activity', ActivityFieldsSchema, {
  linkRequired: true,
  async check(store, a) {
    if (!(BUILT_IN_ACTIVITY_TYPES as readonly string[]).includes(a.type)) {
      const type = await store.get('listItem', a.type);
      if (!type || type.deletedAt !== null || type.kind !== 'activityType') {
        throw new MutationError('invalid', { key: 'errors.activity.unknownType' }, 'type');
      }
    }
    await requireMembers(store, a.userIds, 'userIds');
  },
});

export const taskMutations = timelineMutations('task', TaskFieldsSchema, {
  linkRequired: false,
  async check(store, t) {
    if (t.dueTime !== null && t.dueDate === null)
      throw new MutationError('invalid', { key: 'errors.task.timeNeedsDate' }, 'dueTime');
    await requireMembers(store, [t.assigneeId], 'assigneeId');
    if (t.followUpOf !== null) {
      const [activity, appointment] = [await store.get('activity', t.followUpOf), await store.get('appointment', t.followUpOf)];
      if (!activity && !appointment) throw new MutationError('invalid', { key: 'errors.task.followUpOf' }, 'followUpOf');
    }
  },
  // Done is a moment worth keeping ("completed on"); reopening clears it.
  derive: (t, previous, ctx) =>
    t.status === 'done' ? { completedAt: previous?.status === 'done' ? previous.completedAt : ctx.now } : { completedAt: null },
});

export const appointmentMutations = timelineMutations('appointment', AppointmentFieldsSchema, {
  linkRequired: false,
  async check(store, a) {
    if (a.endsAt <= a.startsAt) throw new MutationError('invalid', { key: 'errors.appointment.endsBeforeStart' }, 'endsAt');
    await requireMembers(store, a.userIds, 'userIds');
  },
  // A client from before statuses books without one: a new appointment is planned.
  derive: (a) => ({ status: a.status ?? 'planned' }),
});

export const noteMutations = timelineMutations('note', NoteFieldsSchema, {
  linkRequired: true,
  // Others may not see a private note, so for them it does not exist (no edit, no delete, no leak).
  hiddenFrom: (note, ctx) => !canSee('note', note, ctx),
  check(_store, note, ctx) {
    const author = (note as { createdBy?: string }).createdBy;
    if (note.isPrivate && author !== undefined && author !== ctx.userId) {
      throw new MutationError('forbidden', { key: 'errors.note.privateByAuthor' }, 'isPrivate');
    }
  },
});
