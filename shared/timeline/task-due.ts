import type { Formats } from '../i18n/formats';

/**
 * When a task is due, as the user's language writes it everywhere it is shown ("3 Dec 2026,
 * 09:15", "3. des. 2026, 09:15"); null without a date. A due date is a day on the wall calendar,
 * not an instant, so it is read as local time.
 */
export function taskDue(task: { dueDate: string | null; dueTime: string | null }, f: Pick<Formats, 'date' | 'dateTime'>) {
  if (!task.dueDate) return null;
  return task.dueTime ? f.dateTime(`${task.dueDate}T${task.dueTime}`) : f.date(`${task.dueDate}T00:00`);
}
