import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cacheRows, launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi, apiAs, signInToDashboard } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

const SIGRID = { name: 'Sigrid Salg', email: 'sigrid@fjord.example', password: 'fjord-long-password' };

describe('from the sidebar to "My work" and the company timeline, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let options: Page;
  let api: Awaited<ReturnType<typeof adminApi>>;
  let companyId: string;

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    companyId = (await api('POST', '/api/companies', { name: 'Fiskeri Nord AS', country: 'NO' })).body.company.id;
    const kari = (
      await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@fiskeri.example.no' })
    ).body.contact.id;
    await api('POST', `/api/contacts/${kari}/companies`, { companyId, position: 'Purchasing' });
    await api('POST', '/api/settings/members', { ...SIGRID, role: 'member' });
    options = await signInThroughOptions(browser, server.url);
    await waitForCacheRow(options, 'contactCompanies');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
  });

  it('logs a call with a follow-up task in the sidebar; the task is done from "My work"; the timeline shows both in order', async () => {
    const mail = await browser.context.newPage();
    await mail.goto(`${pages.url}/gmail-single-message.html`);
    await mail.click('[data-testid=participant][data-known=yes] >> [data-testid=quick-log]');
    const form = '[data-testid=quick-log-form]';
    await mail.fill(`${form} input[name=text]`, 'Called about the quote');
    await mail.check(`${form} input[name=followUp]`);
    await mail.fill(`${form} input[name=followUpTitle]`, 'Send the quote');
    await mail.fill(`${form} input[name=followUpDue]`, '2026-11-27');
    await mail.click('[data-testid=quick-log-save]');
    // Saved locally at once: the card shows both before any sync.
    await mail.waitForSelector('[data-testid=person-open-tasks] >> text=Send the quote');
    await mail.waitForSelector('[data-testid=person-activities] >> text=Called about the quote');

    const dashboard = await browser.context.newPage();
    await signInToDashboard(dashboard, server.url);
    for (let i = 0; i < 100; i++) {
      await dashboard.goto(`${server.url}/#/my-work`);
      await dashboard.waitForSelector('[data-testid=open-tasks]');
      if (await dashboard.$('[data-testid=my-task] >> text=Send the quote')) break;
      await dashboard.waitForTimeout(200);
    }
    await dashboard.click('[data-testid=my-task]:has-text("Send the quote") >> [data-testid=mark-done]');
    await dashboard.waitForSelector('[data-testid=my-task] >> text=Send the quote', { state: 'detached' });

    await dashboard.goto(`${server.url}/#/companies/${companyId}?tab=timeline`);
    await dashboard.waitForSelector('[data-testid=timeline-item][data-kind=task]');
    const items = await dashboard.$$eval('[data-testid=timeline-item]', (els) =>
      els.map((el) => ({ kind: el.getAttribute('data-kind'), text: el.textContent ?? '' })),
    );
    const work = items.filter((i) => i.kind === 'task' || i.kind === 'activity');
    // The task was finished last, so it is on top; the call it follows comes next.
    expect(work.map((i) => i.kind)).toEqual(['task', 'activity']);
    expect(work[0]!.text).toContain('Send the quote');
    expect(work[0]!.text).toContain('done');
    expect(work[1]!.text).toContain('Call: Called about the quote');
  });

  it("keeps a private note its author's: in their extension, dashboard, API and export, nowhere for a colleague", async () => {
    const mail = await browser.context.newPage();
    await mail.goto(`${pages.url}/gmail-single-message.html`);
    await mail.click('[data-testid=participant][data-known=yes] >> [data-testid=quick-log]');
    const form = '[data-testid=quick-log-form]';
    await mail.check(`${form} input[value=note]`);
    await mail.fill(`${form} input[name=text]`, 'Thinks our price is too high');
    await mail.check(`${form} input[name=isPrivate]`);
    await mail.click('[data-testid=quick-log-save]');
    await mail.waitForSelector(form, { state: 'detached' });
    // Pushed once the server has given it a version.
    let notes: { id: string; body: string; isPrivate: boolean; version: number }[] = [];
    for (let i = 0; i < 100 && !((notes[0]?.version ?? 0) > 0); i++) {
      await mail.waitForTimeout(100);
      notes = await cacheRows(options, 'notes');
    }
    expect(notes).toMatchObject([{ body: 'Thinks our price is too high', isPrivate: true }]);
    const noteId = notes[0]!.id;
    expect((await api('GET', `/api/notes/${noteId}`)).body.item.body).toBe('Thinks our price is too high');

    // The author's dashboard (signed in by the first test) shows it and exports it.
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`${server.url}/#/companies/${companyId}?tab=timeline`);
    await dashboard.waitForSelector('[data-testid=timeline-item][data-kind=note] >> text=Thinks our price is too high');
    expect(await exportedCsv(dashboard)).toContain('Thinks our price is too high');

    // Sigrid signs in on her own machine: her cache, dashboard, export and API never hold the note.
    const other = await launchWithExtension();
    try {
      const page = await signInThroughOptions(other, server.url, SIGRID);
      await waitForCacheRow(page, 'activities');
      expect(await cacheRows(page, 'notes')).toEqual([]);

      const desk = await other.context.newPage();
      await signInToDashboard(desk, server.url, SIGRID);
      await desk.goto(`${server.url}/#/companies/${companyId}?tab=timeline`);
      await desk.waitForSelector('[data-testid=timeline-item][data-kind=activity]');
      expect(await desk.$('[data-testid=timeline-item][data-kind=note]')).toBeNull();
      expect(await desk.textContent('[data-testid=timeline]')).not.toContain('too high');
      const csv = await exportedCsv(desk);
      expect(csv).toContain('Called about the quote');
      expect(csv).not.toContain('too high');

      const sigrid = await apiAs(server.url, SIGRID);
      expect((await sigrid('GET', `/api/notes/${noteId}`)).status).toBe(404);
      const timeline = await sigrid('GET', `/api/timeline?companyId=${companyId}&limit=200`);
      expect(timeline.status).toBe(200);
      expect(JSON.stringify(timeline.body)).not.toContain('too high');
    } finally {
      await other.close();
    }
  });

  it('gives a private calendar address from "My work" that a calendar app can read, and revokes it', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const meeting = await api('POST', '/api/appointments', {
      title: 'Visit at Fiskeri Nord',
      startsAt: noon.getTime(),
      endsAt: noon.getTime() + 3_600_000,
      location: 'Tromsø',
      companyIds: [companyId],
    });
    expect(meeting.status).toBe(201);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`${server.url}/#/my-work`);
    await dashboard.click('[data-testid=new-calendar-feed]');
    const url = await dashboard.inputValue('[data-testid=calendar-url] input');
    expect(url).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const visit = events.find((e) => e.uid === `${meeting.body.item.id}@fjord`);
    expect([visit?.summary, visit?.location, visit?.startDate.toJSDate().getTime()]).toEqual([
      'Visit at Fiskeri Nord',
      'Tromsø',
      noon.getTime(),
    ]);

    const [ics] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.click('[data-testid=agenda-item]:has-text("Visit at Fiskeri Nord") >> [data-testid=download-ics]'),
    ]);
    expect(ics.suggestedFilename()).toBe('Visit at Fiskeri Nord.ics');
    expect(readFileSync((await ics.path())!, 'utf8')).toContain(`UID:${meeting.body.item.id}@fjord`);

    await dashboard.click('[data-testid=calendar-feed] >> [data-testid=revoke-feed]');
    await dashboard.waitForSelector('[data-testid=calendar-feed]', { state: 'detached' });
    expect((await fetch(url)).status).toBe(404);
  });

  it('shows a system notification when a task reminder comes due, once', async () => {
    const task = await api('POST', '/api/tasks', {
      title: 'Call Kari back about freight',
      dueDate: '2026-12-03',
      remindAt: Date.now() - 60_000,
      companyIds: [companyId],
    });
    expect(task.status).toBe(201);
    const id = task.body.item.id as string;
    await waitForCacheRow<{ id: string }>(options, 'tasks', (t) => t.id === id);
    const notifications = () => browser.worker.evaluate(() => new Promise<object>((done) => chrome.notifications.getAll(done)));
    // The reminder alarm, due now instead of at the next minute.
    const ring = () => browser.worker.evaluate(() => chrome.alarms.create('fjord-reminders', { when: Date.now() }));
    await ring();
    for (let i = 0; !Object.keys(await notifications()).includes(`fjord-task:${id}`); i++) {
      if (i > 100) throw new Error(`no notification: ${JSON.stringify(await notifications())}`);
      await options.waitForTimeout(100);
    }
    await browser.worker.evaluate((key) => new Promise((done) => chrome.notifications.clear(key, done)), `fjord-task:${id}`);
    await ring();
    await options.waitForTimeout(1000);
    expect(Object.keys(await notifications())).not.toContain(`fjord-task:${id}`);
  });

  it('takes files dropped on the company card, refuses a mislabelled one, and downloads under the original name', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`${server.url}/#/companies/${companyId}?tab=timeline`);
    await dashboard.waitForSelector('[data-testid=file-drop]');
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    const drop = await dashboard.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'Tilbud på fôr.pdf', { type: 'application/pdf' }));
      data.items.add(new File(['not a pdf at all'], 'fake.pdf', { type: 'application/pdf' }));
      return data;
    }, pdf);
    await dashboard.dispatchEvent('[data-testid=file-drop]', 'dragover', { dataTransfer: drop });
    await dashboard.dispatchEvent('[data-testid=file-drop]', 'drop', { dataTransfer: drop });
    await dashboard.waitForSelector('[data-testid=file-drop] .error >> text=fake.pdf');
    const file = '[data-testid=timeline-item][data-kind=file]';
    await dashboard.waitForSelector(`${file} >> text=Tilbud på fôr.pdf`);
    expect(await dashboard.$$(file)).toHaveLength(1);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.click(`${file} button`)]);
    expect(download.suggestedFilename()).toBe('Tilbud på fôr.pdf');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(pdf);
  });
});

/** Clicks the timeline's CSV export and reads the file it downloads. */
async function exportedCsv(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=timeline-export-csv]')]);
  return readFileSync((await file.path())!, 'utf8');
}
