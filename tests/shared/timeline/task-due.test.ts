import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../shared/i18n/formats';
import { taskDue } from '../../../shared/timeline/task-due';

describe("a task's due date as the user's language writes it", () => {
  it('writes the day, and the time when there is one, with the screens’ one date style', () => {
    const en = formatsFor('en');
    const nb = formatsFor('nb');
    expect(taskDue({ dueDate: '2026-12-03', dueTime: '09:15' }, en)).toBe('3 Dec 2026, 09:15');
    expect(taskDue({ dueDate: '2026-12-03', dueTime: null }, en)).toBe('3 Dec 2026');
    expect(taskDue({ dueDate: '2026-12-03', dueTime: '09:15' }, nb)).toBe('3. des. 2026, 09:15');
    expect(taskDue({ dueDate: null, dueTime: '09:15' }, nb)).toBeNull();
  });
});
