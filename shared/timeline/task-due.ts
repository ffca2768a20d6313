/** When a task is due, as written everywhere it is shown ("2026-12-03 09:15"); null without a date. */
export function taskDue(task: { dueDate: string | null; dueTime: string | null }): string | null {
  if (!task.dueDate) return null;
  return task.dueTime ? `${task.dueDate} ${task.dueTime}` : task.dueDate;
}
