import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasTranslatableWords } from '../../scripts/i18n/brand-words';
import { LANGUAGES, LOCALES, type Language } from '../../shared/i18n/languages';
import { loadMessages, type MessageKey, type Messages } from '../../shared/i18n/messages';
import { launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi } from './helpers/dashboard-flows';
import { openPopupOn, signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

/** Words a salesperson of each language expects on these screens, written here, not read from the catalogues. */
const KNOWN_WORDS: Record<Language, string[]> = {
  en: ['Settings', 'Companies', 'Contacts'],
  nb: ['Innstillinger', 'Firmaer', 'Kontaktpersoner'],
  sv: ['Inställningar', 'Företag', 'Kontaktpersoner'],
  da: ['Indstillinger', 'Virksomheder', 'Kontaktpersoner'],
  nl: ['Instellingen', 'Bedrijven', 'Contactpersonen'],
  es: ['Ajustes', 'Empresas', 'Contactos'],
};

/** Every text a person sees or hears on the page: text nodes (also in open shadow roots) and text attributes. */
function visibleTexts(page: Page, rootSelector = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const texts: string[] = [];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName)) texts.push(node.textContent ?? '');
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
          const value = el.getAttribute(name);
          if (value) texts.push(value);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector(selector)!);
    return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }, rootSelector);
}

/** English values of the catalogue that the language says differently: none of them may show. */
function englishOnly(english: Messages, local: Messages): Set<string> {
  const localValues = new Set(Object.values(local));
  const keys = Object.keys(english) as MessageKey[];
  return new Set(
    keys
      .map((key) => english[key])
      .filter((value) => !value.includes('{') && hasTranslatableWords(value) && !localValues.has(value)),
  );
}

describe('Fjord in six languages, in Chromium with the built extension', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let sites: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let dashboard: Page;
  /** Names the workspace gave things (its settings lists, its members): data, shown as written. */
  const data = new Set<string>();
  const catalogues = {} as Record<Language, Messages>;

  beforeAll(async () => {
    for (const language of LANGUAGES) catalogues[language] = await loadMessages(language);
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    sites = await serveFolder(resolve('tests/fixtures/pages'));
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    const company = (await api('POST', '/api/companies', { name: 'Fiskeri Nord AS', country: 'NO', employees: 1250 })).body as {
      company: { id: string };
    };
    const kari = (
      await api('POST', '/api/contacts', {
        firstName: 'Kari',
        lastName: 'Nordmann',
        email: 'kari.nordmann@fiskeri.example.no',
      })
    ).body as { contact: { id: string } };
    await api('POST', `/api/contacts/${kari.contact.id}/companies`, { companyId: company.company.id, position: 'CEO' });
    const lists = (await api('GET', '/api/settings/lists')).body as { items: { name: string }[] };
    const members = (await api('GET', '/api/settings/members')).body as { members: { name: string }[] };
    for (const { name } of [...lists.items, ...members.members]) data.add(name);
    const options = await signInThroughOptions(browser, server.url);
    await waitForCacheRow(options, 'contactCompanies');
    dashboard = await browser.context.newPage();
    await dashboard.goto(browser.extensionUrl('dashboard.html#/settings'));
    await dashboard.waitForSelector('[data-testid=language-picker] select');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await sites?.close();
    await server?.close();
  });

  /** Checks one screen: the language's own words are there, no English the language words differently is. */
  const expectSpoken = async (page: Page, language: Language, words: string[], screen: string, root?: string) => {
    const texts = await visibleTexts(page, root);
    const all = texts.join('\n');
    // Spaces compared as spaces: Nordic thousands are separated by a no-break space.
    for (const word of words) expect(all, `${screen} in ${language}: "${word}"`).toContain(word.replace(/\s+/g, ' '));
    // A key missing from a screen's set (the popup loads only its own features) would show as the key.
    expect(
      texts.filter((t) => t in catalogues.en),
      `${screen} in ${language} shows catalogue keys`,
    ).toEqual([]);
    if (language === 'en') return;
    const english = englishOnly(catalogues.en, catalogues[language]);
    expect(
      texts.filter((t) => english.has(t) && !data.has(t)),
      `${screen} in ${language} shows English`,
    ).toEqual([]);
  };

  // English last: the switch back is checked too.
  for (const language of ['nb', 'sv', 'da', 'nl', 'es', 'en'] as const) {
    it(`speaks ${language} on the company list, a company card, the popup and the sidebar`, async () => {
      const t = catalogues[language];
      // The user picks the language in Settings; every open extension screen follows.
      await dashboard.goto(browser.extensionUrl('dashboard.html#/settings'));
      await dashboard.selectOption('[data-testid=language-picker] select', language);
      await dashboard.waitForSelector(`html[lang=${language}]`);
      await expectSpoken(dashboard, language, [t['common.language'], t['dashboard.nav.settings']], 'settings');

      await dashboard.goto(browser.extensionUrl('dashboard.html#/companies'));
      await dashboard.waitForSelector('table.list tbody a');
      expect(await dashboard.getAttribute('html', 'lang')).toBe(language);
      await expectSpoken(dashboard, language, [...KNOWN_WORDS[language], t['companies.list.new']], 'company list');

      await dashboard.click('table.list tbody a:has-text("Fiskeri Nord AS")');
      await dashboard.waitForSelector('h1:has-text("Fiskeri Nord AS")');
      // Numbers and dates as the locale writes them, by the browser's own Intl.
      const [employees, today, country] = await dashboard.evaluate((locale) => {
        return [
          new Intl.NumberFormat(locale).format(1250),
          new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date()),
          new Intl.DisplayNames([locale], { type: 'region' }).of('NO')!,
        ];
      }, LOCALES[language]);
      // The history at the bottom of the card dates the company's creation: today.
      await dashboard.waitForFunction((text) => document.body.innerText.includes(text), today);
      await expectSpoken(dashboard, language, [employees, country, today, t['dashboard.nav.settings']], 'company card');

      const { popup, site } = await openPopupOn(browser, `${sites.url}/nordlys-energi.html`);
      expect(await popup.getAttribute('html', 'lang')).toBe(language);
      await expectSpoken(popup, language, [t['popup.save']], 'popup');
      await popup.close();
      await site.close();

      const mail = await browser.context.newPage();
      await mail.goto(`${pages.url}/gmail-single-message.html`);
      await mail.waitForSelector('[data-testid=participant][data-known=yes]');
      // The sidebar says its language on its own container, inside its shadow root.
      const sidebarLang = await mail.evaluate(
        () => document.querySelector('fjord-sidebar')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      );
      expect(sidebarLang).toBe(language);
      // Only the sidebar: the saved webmail page around it is Gmail's own, in English.
      await expectSpoken(mail, language, ['Kari Nordmann', t['sidebar.log.log']], 'sidebar', 'fjord-sidebar');
      await mail.close();
    });
  }
});
