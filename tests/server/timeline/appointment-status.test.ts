import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { pushBody } from '../../helpers/factories';
import { type ApiCall, apiCaller, createTestApp, json } from '../../helpers/test-app';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 10, 23, 9);

describe('an appointment has a status: planned, done or cancelled', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let companyId: string;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    call = apiCaller(t.app, token);
    companyId = (await call('POST', '/api/companies', { name: 'Fjellvind Rekruttering AS', country: 'NO' })).body.company.id;
  });
  afterEach(() => t.close());

  const book = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/api/appointments', {
      title,
      startsAt: start,
      endsAt: start + HOUR,
      companyIds: [companyId],
      ...extra,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.item as { id: string; status: string };
  };

  it('is planned when booked, changes to done or cancelled, and refuses a status it does not know', async () => {
    const visit = await book('Visit');
    expect(visit.status).toBe('planned');
    const done = await call('PATCH', `/api/appointments/${visit.id}`, { status: 'done' });
    expect(done.body.item.status).toBe('done');
    expect((await book('Called off', { status: 'cancelled' })).status).toBe('cancelled');
    const bad = await call('PATCH', `/api/appointments/${visit.id}`, { status: 'postponed' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toContain('status');
  });

  it('books one planned when a client from before statuses pushes it without one, and an edit keeps the status', async () => {
    const id = newId();
    const args = { id, title: 'Old client', description: null, startsAt: start, endsAt: start + HOUR, allDay: false };
    const pushed = await t.app.request(
      '/sync/push',
      json(
        'POST',
        pushBody(newId(), [
          {
            name: 'appointment.create',
            args: { ...args, location: null, videoUrl: null, userIds: [], companyIds: [companyId], contactIds: [] },
          },
        ]),
        token,
      ),
    );
    expect(pushed.status).toBe(200);
    expect((await call('GET', `/api/appointments/${id}`)).body.item.status).toBe('planned');
    await call('PATCH', `/api/appointments/${id}`, { status: 'cancelled' });
    await call('PATCH', `/api/appointments/${id}`, { title: 'Old client, renamed' });
    expect((await call('GET', `/api/appointments/${id}`)).body.item).toMatchObject({
      title: 'Old client, renamed',
      status: 'cancelled',
    });
  });

  it('filters the timeline by appointment and task status, leaving other kinds alone, and refuses unknown filters', async () => {
    await book('Planned visit');
    await call('PATCH', `/api/appointments/${(await book('Held visit')).id}`, { status: 'done' });
    await book('Cancelled visit', { status: 'cancelled' });
    await call('POST', '/api/tasks', { title: 'Send offer', companyIds: [companyId] });
    await call('POST', '/api/tasks', { title: 'Old call', status: 'done', companyIds: [companyId] });
    const titles = async (query: string) => {
      const res = await call('GET', `/api/timeline?companyId=${companyId}&kinds=task,appointment&${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as { record: { title: string } }[]).map((i) => i.record.title).sort();
    };
    expect(await titles('appointmentStatus=cancelled')).toEqual(['Cancelled visit', 'Old call', 'Send offer']);
    expect(await titles('appointmentStatus=done&taskStatus=open')).toEqual(['Held visit', 'Send offer']);
    expect(await titles('taskStatus=done&appointmentStatus=planned')).toEqual(['Old call', 'Planned visit']);
    expect((await call('GET', `/api/timeline?companyId=${companyId}&appointmentStatus=gone`)).status).toBe(400);
    expect((await call('GET', `/api/timeline?companyId=${companyId}&taskStatus=cancelled`)).status).toBe(400);
  });

  it('says STATUS:CANCELLED in the .ics of a cancelled appointment, CONFIRMED otherwise', async () => {
    const visit = await book('Visit');
    const ics = async () => {
      const res = await t.app.request(`/api/appointments/${visit.id}/ics`, { headers: { authorization: `Bearer ${token}` } });
      return res.text();
    };
    expect(await ics()).toContain('STATUS:CONFIRMED');
    await call('PATCH', `/api/appointments/${visit.id}`, { status: 'cancelled' });
    expect(await ics()).toContain('STATUS:CANCELLED');
  });
});
