import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appointments } from '../../../server/db/schema';
import { newId } from '../../../shared/ids';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The events of an iCalendar text, read by ical.js, by UID. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { event, url: vevent.getFirstPropertyValue('url') }] as const;
    }),
  );
}

describe('calendar feeds and .ics downloads', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  const start = Math.ceil(Date.now() / HOUR) * HOUR + 2 * DAY;
  const appointment = (title: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/api/appointments', { title, startsAt: start, endsAt: start + HOUR, ...extra });
  const fetchFeed = (url: string) => t.app.request(new URL(url).pathname);
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  it("serves only the caller's live appointments and due open tasks, timed and all-day", async () => {
    const colleague = await t.addUser();
    const other = await t.otherWorkspace();
    const visit = await appointment('Visit Havbruk Nord', {
      location: 'Tromsø; quay 3',
      videoUrl: 'https://meet.example.no/havbruk',
      description: 'Bring the offer',
    });
    const theirs = await appointment('Colleague only', { userIds: [colleague.id] });
    const gone = await appointment('Cancelled meeting');
    await call('DELETE', `/api/appointments/${gone.body.item.id}`);
    const year = new Date().getUTCFullYear() + 1;
    const day = Date.UTC(year, 0, 10);
    const fair = await appointment('Seafood fair', { allDay: true, startsAt: day, endsAt: day + 2 * DAY });
    const old = await appointment('Last year', { startsAt: start - 400 * DAY, endsAt: start - 400 * DAY + HOUR });
    const timed = await call('POST', '/api/tasks', { title: 'Call Kari', dueDate: '2026-12-03', dueTime: '09:15' });
    const allDay = await call('POST', '/api/tasks', { title: 'Send the offer', dueDate: '2026-12-04' });
    const undated = await call('POST', '/api/tasks', { title: 'Some day' });
    const done = await call('POST', '/api/tasks', { title: 'Done already', dueDate: '2026-12-01', status: 'done' });
    const delegated = await call('POST', '/api/tasks', { title: 'Theirs', dueDate: '2026-12-01', assigneeId: colleague.id });
    // Written straight into the other workspace, naming our user: the feed must still not show it.
    const foreignId = newId();
    await t.db.insert(appointments).values({
      ...{ id: foreignId, workspaceId: other.workspaceId, createdBy: other.userId, updatedBy: other.userId, version: 1 },
      ...{ createdAt: Date.now(), updatedAt: Date.now(), deletedAt: null, title: 'Other workspace', description: null },
      ...{ startsAt: start, endsAt: start + HOUR, allDay: false, location: null, videoUrl: null },
      ...{ userIds: [t.first.userId], companyIds: [], contactIds: [] },
    });

    const created = await call('POST', '/api/calendar-feeds');
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/^http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetchFeed(created.body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const events = eventsOf(await res.text());

    const meeting = events.get(`${visit.body.item.id}@fjord`)!;
    expect(meeting.event.summary).toBe('Visit Havbruk Nord');
    expect(meeting.event.location).toBe('Tromsø; quay 3');
    expect(meeting.event.description).toBe('Bring the offer');
    expect(meeting.url).toBe('https://meet.example.no/havbruk');
    expect(meeting.event.startDate.toJSDate().getTime()).toBe(start);
    expect(meeting.event.endDate.toJSDate().getTime()).toBe(start + HOUR);
    const call1 = events.get(`${timed.body.item.id}@fjord`)!.event;
    expect([call1.summary, call1.startDate.toString(), call1.endDate.toString()]).toEqual([
      'Call Kari',
      '2026-12-03T09:15:00',
      '2026-12-03T09:45:00',
    ]);
    expect(call1.startDate.zone?.tzid).toBe('floating');
    const offer = events.get(`${allDay.body.item.id}@fjord`)!.event;
    expect([offer.startDate.isDate, offer.startDate.toString(), offer.endDate.toString()]).toEqual([
      true,
      '2026-12-04',
      '2026-12-05',
    ]);
    const fairEvent = events.get(`${fair.body.item.id}@fjord`)!.event;
    expect([fairEvent.startDate.toString(), fairEvent.endDate.toString()]).toEqual([`${year}-01-10`, `${year}-01-12`]);
    for (const absent of [theirs, gone, old, undated, done, delegated])
      expect(events.has(`${absent.body.item.id}@fjord`)).toBe(false);
    expect(events.has(`${foreignId}@fjord`)).toBe(false);
    expect(events.size).toBe(4);
  });

  it('lists feeds without tokens, revokes only the owner’s, and answers 404 to bad or revoked tokens', async () => {
    const colleague = await t.addUser();
    const { body } = await call('POST', '/api/calendar-feeds');
    const list = await call('GET', '/api/calendar-feeds');
    expect(list.body.items).toEqual([{ id: body.feed.id, createdAt: body.feed.createdAt, revokedAt: null }]);
    expect(JSON.stringify(list.body)).not.toContain(new URL(body.url).pathname.slice(10, -4));
    expect((await call('GET', '/api/calendar-feeds', undefined, colleague.token)).body.items).toEqual([]);

    expect((await call('DELETE', `/api/calendar-feeds/${body.feed.id}`, undefined, colleague.token)).status).toBe(404);
    expect((await fetchFeed(body.url)).status).toBe(200);
    expect((await call('DELETE', `/api/calendar-feeds/${body.feed.id}`)).status).toBe(200);
    const revoked = await fetchFeed(body.url);
    expect(revoked.status).toBe(404);
    expect(await revoked.json()).toMatchObject({ error: { code: 'notFound' } });
    expect((await call('GET', '/api/calendar-feeds')).body.items[0].revokedAt).toBeGreaterThan(0);

    for (const path of [`/calendar/${'A'.repeat(43)}.ics`, '/calendar/short.ics', `/calendar/${'A'.repeat(43)}`]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'notFound' } });
    }
    expect((await t.app.request('/api/calendar-feeds', { method: 'POST' })).status).toBe(401);
  });

  it('downloads one appointment as an .ics named after it, only within the workspace', async () => {
    const other = await t.otherWorkspace();
    const { body } = await appointment('Møte: Havbruk/Nord "Q4"', { location: 'Bodø' });
    const res = await t.app.request(`/api/appointments/${body.item.id}/ics`, {
      headers: { authorization: `Bearer ${await t.login()}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Mote Havbruk Nord Q4.ics"; filename*=UTF-8''${encodeURIComponent('Møte Havbruk Nord Q4')}.ics`,
    );
    const [only] = [...eventsOf(await res.text()).values()];
    expect(only!.event.uid).toBe(`${body.item.id}@fjord`);
    expect([only!.event.summary, only!.event.location]).toEqual(['Møte: Havbruk/Nord "Q4"', 'Bodø']);
    expect(only!.event.startDate.toJSDate().getTime()).toBe(start);

    expect((await call('GET', `/api/appointments/${body.item.id}`)).body.item.title).toBe('Møte: Havbruk/Nord "Q4"');
    const outsider = await t.app.request(`/api/appointments/${body.item.id}/ics`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(outsider.status).toBe(404);
    await call('DELETE', `/api/appointments/${body.item.id}`);
    expect((await call('GET', `/api/appointments/${body.item.id}/ics`)).status).toBe(404);
  });
});
