import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

const HOUR = 3_600_000;

describe('"My work": open tasks and the agenda', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  it("lists the user's open tasks overdue first, then by due date, undated last; not others' or finished ones", async () => {
    const member = await t.addUser('member');
    for (const [title, dueDate, status, assigneeId] of [
      ['Undated', null, 'open', undefined],
      ['Next week', '2026-11-30', 'open', undefined],
      ['Overdue', '2026-11-20', 'inProgress', undefined],
      ['Tomorrow', '2026-11-24', 'open', undefined],
      ['Done', '2026-11-19', 'done', undefined],
      ["Someone else's", '2026-11-01', 'open', member.id],
    ] as const) {
      const res = await call('POST', '/api/tasks', { title, dueDate, status, ...(assigneeId && { assigneeId }) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const mine = (await call('GET', '/api/my-work?today=2026-11-23')).body;
    expect(mine.tasks.map((x: { title: string; overdue: boolean }) => [x.title, x.overdue])).toEqual([
      ['Overdue', true],
      ['Tomorrow', false],
      ['Next week', false],
      ['Undated', false],
    ]);
    const both = (await call('GET', `/api/my-work?today=2026-11-23&userIds=${t.first.userId},${member.id}`)).body;
    expect(both.tasks.map((x: { title: string }) => x.title)).toContain("Someone else's");
  });

  it('shows appointments of the chosen users within the window, in time order, and refuses foreign users', async () => {
    const member = await t.addUser('member');
    const day = Date.UTC(2026, 10, 23);
    const book = (title: string, start: number, userIds?: string[]) =>
      call('POST', '/api/appointments', { title, startsAt: start, endsAt: start + HOUR, ...(userIds && { userIds }) });
    await book('Lunch with Kari', day + 11 * HOUR);
    await book('Morning visit', day + 8 * HOUR);
    await book('Member only', day + 9 * HOUR, [member.id]);
    await book('Next month', day + 40 * 24 * HOUR);
    const window = `from=${day}&to=${day + 7 * 24 * HOUR}`;
    const mine = (await call('GET', `/api/my-work?${window}`)).body;
    expect(mine.appointments.map((a: { title: string }) => a.title)).toEqual(['Morning visit', 'Lunch with Kari']);
    const group = (await call('GET', `/api/my-work?${window}&userIds=${t.first.userId},${member.id}`)).body;
    expect(group.appointments.map((a: { title: string }) => a.title)).toEqual([
      'Morning visit',
      'Member only',
      'Lunch with Kari',
    ]);
    const other = await t.otherWorkspace();
    expect((await call('GET', `/api/my-work?userIds=${other.userId}`)).status).toBe(400);
    expect((await call('GET', `/api/my-work?from=${day}&to=${day - 1}`)).status).toBe(400);
  });
});

describe('"My work": status filters and whose record each task is', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  it("names each task's company, or else its contact, so the row can link to the card", async () => {
    const company = (await call('POST', '/api/companies', { name: 'Fjellvind Rekruttering AS', country: 'NO' })).body.company;
    const kari = (await call('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann' })).body.contact;
    await call('POST', '/api/tasks', { title: 'Send offer', companyIds: [company.id], contactIds: [kari.id] });
    await call('POST', '/api/tasks', { title: 'Call Kari', contactIds: [kari.id] });
    await call('POST', '/api/tasks', { title: 'Tidy up' });
    const tasks = (await call('GET', '/api/my-work')).body.tasks as { title: string; record: unknown }[];
    expect(Object.fromEntries(tasks.map((x) => [x.title, x.record]))).toEqual({
      'Send offer': { kind: 'company', id: company.id, name: 'Fjellvind Rekruttering AS' },
      'Call Kari': { kind: 'contact', id: kari.id, name: 'Kari Nordmann' },
      'Tidy up': null,
    });
  });

  it('lists done tasks when asked, filters the agenda by appointment status, and refuses unknown statuses', async () => {
    await call('POST', '/api/tasks', { title: 'Still to do' });
    await call('POST', '/api/tasks', { title: 'Finished', status: 'done' });
    const later = (await call('POST', '/api/tasks', { title: 'Finished later' })).body.item.id;
    await call('PATCH', `/api/tasks/${later}`, { status: 'done' });
    const day = Date.UTC(2026, 10, 23);
    for (const [title, status] of [
      ['Held', 'done'],
      ['Called off', 'cancelled'],
      ['Coming', 'planned'],
    ] as const)
      await call('POST', '/api/appointments', { title, status, startsAt: day + 9 * HOUR, endsAt: day + 10 * HOUR });
    const window = `from=${day}&to=${day + 7 * 24 * HOUR}`;
    const titles = (list: { title: string }[]) => list.map((x) => x.title).sort();
    expect(titles((await call('GET', `/api/my-work?${window}`)).body.tasks)).toEqual(['Still to do']);
    // Done ones most recently finished first.
    const done = (await call('GET', `/api/my-work?${window}&taskStatus=done`)).body.tasks as { title: string }[];
    expect(done.map((x) => x.title)).toEqual(['Finished later', 'Finished']);
    expect(titles((await call('GET', `/api/my-work?${window}`)).body.appointments)).toEqual(['Called off', 'Coming', 'Held']);
    expect(titles((await call('GET', `/api/my-work?${window}&appointmentStatus=cancelled`)).body.appointments)).toEqual([
      'Called off',
    ]);
    expect((await call('GET', '/api/my-work?taskStatus=someday')).status).toBe(400);
    expect((await call('GET', '/api/my-work?appointmentStatus=moved')).status).toBe(400);
  });
});
