import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadMessages } from '../../shared/i18n/messages';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';

/** The day `days` from today in the browser's time zone, as ISO and as its parts. */
function dayFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear(), pad, date: d };
}

describe("date fields write dates the user's way, whatever the browser's locale", () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let dashboard: Page;
  let companyId: string;

  beforeAll(async () => {
    server = await serverProcess();
    // An American browser: its own date inputs would say mm/dd/yyyy.
    browser = await launchWithExtension({ locale: 'en-US' });
    const api = await adminApi(server.url);
    const created = (await api('POST', '/api/companies', { name: 'Datofelt AS', country: 'NO' })).body as {
      company: { id: string };
    };
    companyId = created.company.id;
    await signInThroughOptions(browser, server.url);
    dashboard = await browser.context.newPage();
    await dashboard.goto(browser.extensionUrl('dashboard.html#/settings'));
    await dashboard.selectOption('[data-testid=language-picker] select', 'nb');
    await dashboard.waitForSelector('html[lang=nb]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const historyFrom = 'input[name=historyFrom]';

  it('reads and writes Norwegian dates, refuses impossible ones in words, and narrows the history by them', async () => {
    const nb = await loadMessages('nb');
    await dashboard.goto(browser.extensionUrl(`dashboard.html#/companies/${companyId}`));
    await dashboard.waitForSelector('h1:has-text("Datofelt AS")');
    await dashboard.waitForSelector('[data-testid=record-history] li, [data-testid=record-history] tr');
    expect(await dashboard.getAttribute(historyFrom, 'placeholder')).toBe('dd.mm.åååå');

    // Typed loosely, shown as the locale writes it once the field is left.
    const today = dayFromToday(0);
    await dashboard.fill(historyFrom, `${today.day}.${today.month}.${today.year}`);
    await dashboard.press(historyFrom, 'Tab');
    expect(await dashboard.inputValue(historyFrom)).toBe(`${today.pad(today.day)}.${today.pad(today.month)}.${today.year}`);

    // From tomorrow on, nothing has happened to the company yet.
    const tomorrow = dayFromToday(1);
    await dashboard.fill(historyFrom, `${tomorrow.day}.${tomorrow.month}.${tomorrow.year}`);
    await dashboard.waitForSelector(`[data-testid=record-history] :text("${nb['records.history.empty']}")`);

    await dashboard.fill(historyFrom, '31.02.2026');
    await dashboard.press(historyFrom, 'Tab');
    const problem = await dashboard.textContent('.date-field-problem');
    expect(problem).toBe(nb['ui.dateField.invalid'].replace('{pattern}', 'dd.mm.åååå'));
    expect(await dashboard.getAttribute(historyFrom, 'aria-invalid')).toBe('true');
    // What was typed stays for the user to correct, and the period is no longer narrowed.
    expect(await dashboard.inputValue(historyFrom)).toBe('31.02.2026');
    await expect.poll(() => dashboard.textContent('[data-testid=record-history]')).not.toContain(nb['records.history.empty']);
  });

  it('picks a day from a Norwegian month calendar with the mouse and the keyboard, weeks from Monday', async () => {
    await dashboard.fill(historyFrom, '');
    await dashboard.click('[data-testid=record-history] .date-field-open >> nth=0');
    const picker = dashboard.locator('.date-picker');
    await picker.waitFor();
    const expected = await dashboard.evaluate(() => ({
      title: new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric' }).format(new Date()),
      // Without the abbreviation's full stop ("man.").
      monday: new Intl.DateTimeFormat('nb-NO', { weekday: 'short', timeZone: 'UTC' })
        .format(new Date(Date.UTC(2026, 11, 7)))
        .replace(/\.$/, ''),
    }));
    expect(await picker.locator('.date-picker-head strong').textContent()).toBe(expected.title);
    expect(await picker.locator('.date-picker-weekday').first().textContent()).toBe(expected.monday);
    expect(await picker.locator('button[aria-label]').first().getAttribute('aria-label')).toBe('Forrige måned');

    // Today is marked and focused; the arrow moves a day on, Enter takes it.
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.classList.contains('today'))).toBe(true);
    await dashboard.keyboard.press('ArrowRight');
    await dashboard.keyboard.press('Enter');
    const tomorrow = dayFromToday(1);
    expect(await dashboard.inputValue(historyFrom)).toBe(
      `${tomorrow.pad(tomorrow.day)}.${tomorrow.pad(tomorrow.month)}.${tomorrow.year}`,
    );
    expect(await picker.count()).toBe(0);

    // The mouse: the 15th of this month.
    await dashboard.click('[data-testid=record-history] .date-field-open >> nth=0');
    await dashboard.click(`.date-picker .date-picker-day:not(.other-month) >> text="15"`);
    const now = dayFromToday(0);
    expect(await dashboard.inputValue(historyFrom)).toBe(`15.${now.pad(now.month)}.${now.year}`);

    // Escape closes without picking.
    await dashboard.click('[data-testid=record-history] .date-field-open >> nth=0');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dashboard.locator('.date-picker').count()).toBe(0);
    expect(await dashboard.inputValue(historyFrom)).toBe(`15.${now.pad(now.month)}.${now.year}`);
  });

  it('keeps the calendar of the right-hand field inside a phone-wide window', async () => {
    await dashboard.setViewportSize({ width: 390, height: 800 });
    try {
      await dashboard.click('[data-testid=record-history] .date-field-open >> nth=1');
      const box = (await dashboard.locator('.date-picker').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await dashboard.keyboard.press('Escape');
    } finally {
      await dashboard.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('books a meeting and a task from the timeline with Norwegian dates and times, in an American browser', async () => {
    const nb = await loadMessages('nb');
    await dashboard.goto(browser.extensionUrl(`dashboard.html#/companies/${companyId}`));
    await dashboard.click('[data-testid=tab-timeline]');
    const composer = '[data-testid=timeline-composer]';
    await dashboard.waitForSelector(composer);
    // A call is logged "now" unless the user says otherwise: today the Norwegian way, and the time.
    const today = dayFromToday(0);
    expect(await dashboard.inputValue(`${composer} input[name=when]`)).toBe(
      `${today.pad(today.day)}.${today.pad(today.month)}.${today.year}`,
    );
    expect(await dashboard.getAttribute(`${composer} input[name=when-time]`, 'placeholder')).toBe('tt:mm');

    await dashboard.click(`${composer} [role=tab]:has-text("${nb['timeline.kind.appointment']}")`);
    await dashboard.fill(`${composer} input[name=title]`, 'Kvartalsmøte');
    await dashboard.fill(`${composer} input[name=date]`, '8.1.2027');
    await dashboard.fill(`${composer} input[name=start]`, '9.30');
    await dashboard.fill(`${composer} input[name=end]`, '25');
    await dashboard.press(`${composer} input[name=end]`, 'Tab');
    expect(await dashboard.textContent(`${composer} .date-field-problem`)).toBe(
      nb['ui.timeField.invalid'].replace('{pattern}', 'tt:mm'),
    );
    await dashboard.fill(`${composer} input[name=end]`, '1015');
    await dashboard.click('[data-testid=composer-save]');
    const expected = await dashboard.evaluate(() => {
      const f = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });
      return `${f.format(new Date(2027, 0, 8, 9, 30))}–${f.format(new Date(2027, 0, 8, 10, 15))}`;
    });
    await dashboard.waitForSelector(`text=Kvartalsmøte`);
    await dashboard.waitForFunction((text) => document.body.innerText.includes(text), expected);

    await dashboard.click(`${composer} [role=tab]:has-text("${nb['timeline.kind.task']}")`);
    await dashboard.fill(`${composer} input[name=title]`, 'Send tilbud');
    await dashboard.fill(`${composer} input[name=dueDate]`, '11.01.2027');
    await dashboard.fill(`${composer} input[name=dueTime]`, '14');
    await dashboard.click('[data-testid=composer-save]');
    const due = await dashboard.evaluate(() =>
      new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(2027, 0, 11, 14, 0)),
    );
    await dashboard.waitForFunction((text) => document.body.innerText.includes(text), due);
  });

  it('writes the same day the Swedish way once the user switches to Swedish', async () => {
    await dashboard.goto(browser.extensionUrl('dashboard.html#/settings'));
    await dashboard.selectOption('[data-testid=language-picker] select', 'sv');
    await dashboard.waitForSelector('html[lang=sv]');
    await dashboard.goto(browser.extensionUrl(`dashboard.html#/companies/${companyId}`));
    await dashboard.waitForSelector('h1:has-text("Datofelt AS")');
    expect(await dashboard.getAttribute(historyFrom, 'placeholder')).toBe('åååå-mm-dd');
    // Swedes write a short date day first: 4/2 is the fourth of February.
    await dashboard.fill(historyFrom, '4/2');
    await dashboard.press(historyFrom, 'Tab');
    expect(await dashboard.inputValue(historyFrom)).toBe(`${new Date().getFullYear()}-02-04`);
  });
});
