/**
 * Runs the page-capture extractor and the org-number validators over the public reference
 * corpora in /work/shared/testdata (not in the repo: see its README) and compares with the
 * upstream expected outputs. A development aid, not a test: `npx tsx scripts/check-capture-corpus.ts`
 * (optional: --testdata <dir>, --verbose).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DOMParser } from 'linkedom';
import { countryCode } from '../shared/capture/country-code';
import { extractPageEntities } from '../shared/capture/extract-page';
import { parseJsonLd } from '../shared/capture/parse-json-ld';
import type { CapturedCompany, CapturedPerson, PageEntities } from '../shared/capture/captured';
import { validateOrgNumber } from '../shared/org-number/org-number';
import { validateVatNumber } from '../shared/org-number/vat-number';

const args = process.argv.slice(2);
const TESTDATA = args.includes('--testdata') ? (args[args.indexOf('--testdata') + 1] ?? '') : '/work/shared/testdata';
const VERBOSE = args.includes('--verbose');

type Outcome = { corpus: string; file: string; check: string; pass: boolean; detail?: string };
const outcomes: Outcome[] = [];
const skipped: { corpus: string; file: string; reason: string }[] = [];

function record(corpus: string, file: string, check: string, expected: unknown, actual: unknown): void {
  const pass = norm(expected) === norm(actual);
  outcomes.push({
    corpus,
    file,
    check,
    pass,
    detail: pass ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  });
}

function norm(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value ?? null);
  return value.replace(/\s+/g, ' ').trim().replace(/\/$/, '');
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

function extract(corpus: string, file: string, html: string, url: string): PageEntities | undefined {
  try {
    const started = performance.now();
    const result = extractPageEntities(html, url);
    const ms = performance.now() - started;
    outcomes.push({ corpus, file, check: 'does not throw', pass: true });
    if (ms > 2000) console.log(`  slow: ${file} took ${ms.toFixed(0)} ms`);
    return result;
  } catch (error) {
    outcomes.push({ corpus, file, check: 'does not throw', pass: false, detail: String(error) });
    return undefined;
  }
}

// ---- expected entities, whatever format upstream wrote them in -------------------------------

type Item = { types: string[]; props: Map<string, unknown[]>; via: string[] };
const ORG_TYPES = /^(Organization|Corporation|LocalBusiness|Restaurant|NGO|EducationalOrganization|Store|ProfessionalService)$/;
// Where the extractor deliberately does not look (see schema-entities.ts): reviewers, commenters,
// performers and the like are not the business on the page or its staff.
const EXCLUDED_VIA = new Set([
  'review',
  'reviews',
  'comment',
  'comments',
  'performer',
  'performers',
  'alumniOf',
  'actor',
  'director',
  'byArtist',
]);

const local = (term: string) => term.replace(/^.*[/#:]/, '');
const FOAF: Record<string, string> = { mbox: 'email', phone: 'telephone', homepage: 'url', img: 'image', depiction: 'image' };

function itemsOfExpected(data: unknown, via: string[] = []): Item[] {
  if (Array.isArray(data)) return data.flatMap((d) => itemsOfExpected(d, via));
  if (data === null || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  if ('items' in obj && Array.isArray(obj.items) && !('type' in obj)) return itemsOfExpected(obj.items, via);
  if ('@graph' in obj) return itemsOfExpected(obj['@graph'], via);
  const microdata = 'properties' in obj && typeof obj.properties === 'object';
  const rawTypes = microdata ? obj.type : obj['@type'];
  const types = (Array.isArray(rawTypes) ? rawTypes : [rawTypes]).filter((t): t is string => typeof t === 'string').map(local);
  const entries = Object.entries(microdata ? (obj.properties as Record<string, unknown>) : obj).filter(
    ([k]) => !k.startsWith('@'),
  );
  const item: Item = { types, props: new Map(), via };
  const nested: Item[] = [];
  for (const [key, raw] of entries) {
    const name = FOAF[local(key)] ?? local(key);
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) =>
      v && typeof v === 'object' && '@value' in v
        ? v['@value']
        : v && typeof v === 'object' && '@id' in v && Object.keys(v).length === 1
          ? v['@id']
          : v,
    );
    item.props.set(name, values);
    for (const v of values) if (v && typeof v === 'object') nested.push(...itemsOfExpected(v, [...via, name]));
  }
  return [item, ...nested];
}

function text(item: Item, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const v of item.props.get(name) ?? []) {
      if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/g, ' ').trim();
      if (typeof v === 'number') return String(v);
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const inner = o.url ?? o.contentUrl ?? o.value ?? (o.properties as Record<string, unknown> | undefined)?.url;
        if (typeof inner === 'string') return inner;
      }
    }
  }
  return undefined;
}

function nestedItem(item: Item, name: string): Item | undefined {
  const v = (item.props.get(name) ?? []).find((x) => x && typeof x === 'object');
  return v ? itemsOfExpected(v)[0] : undefined;
}

const unscheme = (value: string | undefined) => value?.replace(/^(mailto|tel):/i, '');
const resolve = (href: string, base: string) => {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href;
  }
};

function compareSchemaItems(corpus: string, file: string, expected: Item[], got: PageEntities, base: string): void {
  for (const item of expected) {
    const isPerson = item.types.includes('Person');
    const isOrg = item.types.some((t) => ORG_TYPES.test(t));
    if (!isPerson && !isOrg) continue;
    const name = text(item, 'name');
    const excludedBy = item.via.find((v) => EXCLUDED_VIA.has(v));
    if (excludedBy !== undefined) {
      skipped.push({ corpus, file, reason: `${item.types.join('/')} "${name ?? '?'}" under ${excludedBy}: excluded by design` });
      continue;
    }
    if (name === undefined) {
      skipped.push({ corpus, file, reason: `${item.types.join('/')} without a name: nothing to identify it by` });
      continue;
    }
    const found: CapturedPerson | CapturedCompany | undefined = isPerson
      ? got.people.find((p) => norm(p.name.value) === norm(name))
      : got.companies.find((c) => norm(c.name?.value) === norm(name));
    record(corpus, file, `${isPerson ? 'person' : 'company'} "${name}" found`, true, found !== undefined);
    if (!found) continue;
    const check = (field: string, exp: string | undefined, act: string | undefined, isUrl = false) => {
      if (exp !== undefined) record(corpus, file, `${name}.${field}`, isUrl ? resolve(exp, base) : exp, act);
    };
    if (isPerson) {
      const p = found as CapturedPerson;
      check('jobTitle', text(item, 'jobTitle'), p.jobTitle?.value);
      check('email', unscheme(text(item, 'email')), p.email?.value);
      check('phone', unscheme(text(item, 'telephone')), p.phone?.value);
      check('url', text(item, 'url'), p.url?.value, true);
      check('photo', text(item, 'image'), p.photo?.value, true);
    } else {
      const c = found as CapturedCompany;
      const website = text(item, 'url');
      check(
        'website',
        website && new URL(resolve(website, base)).pathname === '/' ? new URL(resolve(website, base)).origin : website,
        c.website?.value,
        true,
      );
      check('phone', text(item, 'telephone'), c.phone?.value);
      check('email', unscheme(text(item, 'email')), c.email?.value);
      check('logo', text(item, 'logo'), c.logo?.value, true);
      const adr = nestedItem(item, 'address');
      if (adr) {
        check('address.street', text(adr, 'streetAddress'), c.address?.value.street);
        check('address.city', text(adr, 'addressLocality'), c.address?.value.city);
        check('address.postalCode', text(adr, 'postalCode'), c.address?.value.postalCode);
        check('address.region', text(adr, 'addressRegion'), c.address?.value.region);
      }
    }
  }
}

// ---- corpora ----------------------------------------------------------------------------------

function checkExtruct(): void {
  const corpus = 'extruct';
  const root = join(TESTDATA, 'structured-data/extruct/tests/samples');
  const base = 'http://www.example.com/index.html';
  for (const path of filesUnder(root, '.html')) {
    const file = relative(root, path);
    const html = readFileSync(path, 'utf8');
    const got = extract(corpus, file, html, base);
    if (!got) continue;
    const stem = path.slice(0, -'.html'.length);
    for (const ext of ['.json', '.jsonld', '.expanded.json']) {
      if (!existsSync(stem + ext)) continue;
      const data: unknown = JSON.parse(readFileSync(stem + ext, 'utf8'));
      const combined =
        !Array.isArray(data) && data !== null && typeof data === 'object' && ('json-ld' in data || 'microdata' in data);
      const parts = combined
        ? [(data as Record<string, unknown>)['json-ld'], (data as Record<string, unknown>).microdata]
        : [data];
      const isMicroformats =
        Array.isArray(data) &&
        data.some((d) => Array.isArray(d?.type) && d.type.some((t: unknown) => String(t).startsWith('h-')));
      if (isMicroformats) compareCards(corpus, file, data, got, 'http://example.com/');
      else if (Array.isArray(data) && data[0] && 'namespace' in data[0]) compareOpenGraph(corpus, file, data, got);
      else for (const part of parts) compareSchemaItems(corpus, file, itemsOfExpected(part), got, base);
      if (ext === '.jsonld' || (combined && 'json-ld' in (data as object)))
        compareJsonLdParse(corpus, file, html, combined ? (data as Record<string, unknown>)['json-ld'] : data);
    }
  }
}

function compareOpenGraph(corpus: string, file: string, data: { properties: [string, string][] }[], got: PageEntities): void {
  const siteName = data.flatMap((d) => d.properties).find(([k]) => k === 'og:site_name')?.[1];
  if (siteName !== undefined)
    record(
      corpus,
      file,
      'og:site_name is the company name',
      siteName,
      got.companies.find((c) => c.name?.source === 'opengraph')?.name?.value,
    );
}

// The JSON-LD parser must recover what extruct recovers from malformed blocks.
function compareJsonLdParse(corpus: string, file: string, html: string, expected: unknown): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => parseJsonLd(s.textContent ?? ''));
  const list = Array.isArray(expected) ? expected : ((expected as { items?: unknown[] })?.items ?? []);
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sorted(x)]),
          )
        : v;
  record(
    corpus,
    file,
    'JSON-LD blocks parse as upstream',
    JSON.stringify(sorted(list.flat())),
    JSON.stringify(sorted(parsed.flat())),
  );
}

type MfItem = { type: string[]; properties: Record<string, unknown[]>; children?: MfItem[]; value?: string };

function compareCards(corpus: string, file: string, items: MfItem[], got: PageEntities, base: string): void {
  const str = (v: unknown) =>
    typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as { value?: unknown }).value ?? '') : undefined;
  const visit = (item: MfItem) => {
    const props = item.properties ?? {};
    const name = str(props.name?.[0])?.replace(/\s+/g, ' ').trim();
    if (item.type.includes('h-card') && (name || props.org)) {
      const label = name ?? str(props.org?.[0]) ?? '';
      const person = got.people.find((p) => norm(p.name.value) === norm(label));
      const company = got.companies.find((c) => norm(c.name?.value) === norm(label));
      record(corpus, file, `h-card "${label}" found`, true, Boolean(person ?? company));
      const check = (field: string, exp: unknown, act: string | undefined, isUrl = false) => {
        const e = str(exp);
        if (e !== undefined) record(corpus, file, `${label}.${field}`, isUrl ? resolve(e, base) : e, act);
      };
      if (person) {
        check('url', props.url?.[0], person.url?.value, true);
        check('photo', props.photo?.[0], person.photo?.value, true);
        check('email', unscheme(str(props.email?.[0])), person.email?.value);
        check('phone', props.tel?.[0], person.phone?.value);
        check('jobTitle', props['job-title']?.[0] ?? props.role?.[0], person.jobTitle?.value);
        check('worksFor', props.org?.[0], person.worksFor?.value);
      } else if (company) {
        const url = str(props.url?.[0]);
        check(
          'website',
          url && new URL(resolve(url, base)).pathname === '/' ? new URL(resolve(url, base)).origin : url,
          company.website?.value,
          true,
        );
        check('logo', props.logo?.[0] ?? props.photo?.[0], company.logo?.value, true);
        const adr = props.adr?.[0] as MfItem | undefined;
        if (adr?.properties) compareAddress(corpus, file, label, adr.properties, company);
      }
    }
    for (const [prop, values] of Object.entries(props)) {
      for (const v of values) {
        if (!v || typeof v !== 'object' || !('type' in v)) continue;
        if (prop === 'reviewer' || prop === 'comment')
          skipped.push({ corpus, file, reason: `h-card under p-${prop}: excluded by design` });
        else visit(v as MfItem);
      }
    }
    for (const child of item.children ?? []) visit(child);
  };
  items.forEach(visit);
}

function compareAddress(
  corpus: string,
  file: string,
  label: string,
  adr: Record<string, unknown[]>,
  company: CapturedCompany | undefined,
): void {
  const first = (k: string) => (typeof adr[k]?.[0] === 'string' ? (adr[k][0] as string) : undefined);
  const expectations: [string, string | undefined, string | undefined][] = [
    [
      'street',
      [first('street-address'), first('extended-address')].filter(Boolean).join(', ') || undefined,
      company?.address?.value.street,
    ],
    ['city', first('locality'), company?.address?.value.city],
    ['postalCode', first('postal-code'), company?.address?.value.postalCode],
    ['region', first('region'), company?.address?.value.region],
    [
      'country',
      first('country-name') && (countryCode(first('country-name')) ?? first('country-name')),
      company?.address?.value.country,
    ],
  ];
  for (const [field, exp, act] of expectations)
    if (exp !== undefined) record(corpus, file, `${label}.address.${field}`, exp, act);
}

function checkMicroformats(): void {
  const corpus = 'microformats-v2';
  const root = join(TESTDATA, 'microformats/microformats-v2');
  for (const path of filesUnder(root, '.html')) {
    const file = relative(root, path);
    const html = readFileSync(path, 'utf8');
    const expected = JSON.parse(readFileSync(path.replace(/\.html$/, '.json'), 'utf8')) as { items: MfItem[] };
    const got = extract(corpus, file, html, 'http://example.com/');
    if (got) compareCards(corpus, file, expected.items, got, 'http://example.com/');
    // A bare h-adr is not an entity; read it as the address of an organisation's h-card.
    const adrs = expected.items.filter((i) => i.type.includes('h-adr') && Object.keys(i.properties).some((k) => k !== 'name'));
    if (adrs.length === 0) continue;
    const wrapped = `<div class="h-card h-org"><span class="p-name">Harness Org</span>${html.replace(/class="h-adr"/, 'class="p-adr h-adr"')}</div>`;
    const asOrg = extract(corpus, `${file} (as p-adr)`, wrapped, 'http://example.com/');
    const company = asOrg?.companies.find((c) => c.name?.value === 'Harness Org');
    if (adrs[0])
      compareAddress(corpus, `${file} (as p-adr)`, 'Harness Org', adrs[0].properties as Record<string, unknown[]>, company);
  }
}

function checkOrgNumbers(): void {
  const corpus = 'org-numbers';
  const root = join(TESTDATA, 'org-numbers');
  const no = JSON.parse(readFileSync(join(root, 'no-orgnr-mod11-lists.json'), 'utf8'));
  for (const n of no.valid) record(corpus, 'no-orgnr-mod11-lists.json', `NO ${n} valid`, true, validateOrgNumber('NO', n).valid);
  for (const n of [...no.invalid, ...no.invalid_extra_from_NAV_idvalidator_test.values]) {
    record(corpus, 'no-orgnr-mod11-lists.json', `NO "${n}" invalid`, false, validateOrgNumber('NO', n).valid);
  }
  const se: { input: string; valid: boolean; long_format: string; short_format: string; vat_number: string }[] = JSON.parse(
    readFileSync(join(root, 'se-organisationsnummer-meta/list.json'), 'utf8'),
  );
  for (const c of se) {
    const result = validateOrgNumber('SE', c.input);
    record(corpus, 'se list.json', `SE ${c.input} valid=${c.valid}`, c.valid, result.valid);
    if (!c.valid) continue;
    record(corpus, 'se list.json', `SE ${c.input} normalized`, c.short_format, result.normalized);
    record(corpus, 'se list.json', `SE ${c.input} formatted`, c.long_format, result.formatted);
    record(corpus, 'se list.json', `SE ${c.vat_number} VAT valid`, true, validateVatNumber(c.vat_number).valid);
  }
  checkRegisters(corpus);
}

// Register fixtures: brreg's documentation numbers that fail MOD11 on purpose, and Companies House numbers.
function checkRegisters(corpus: string): void {
  const brreg = join(TESTDATA, 'registers/no-brreg-enhetsregisteret');
  const failing = new Set(['112233445', '776655441', '334455660', '987123456', '123456789']);
  const numbers = new Set(
    filesUnder(brreg, '.json').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/"organisasjonsnummer"\s*:\s*"(\d+)"/g)].map((m) => m[1] ?? ''),
    ),
  );
  for (const n of numbers)
    record(corpus, 'brreg fixtures', `NO ${n} valid=${!failing.has(n)}`, !failing.has(n), validateOrgNumber('NO', n).valid);
  const uk = join(TESTDATA, 'registers/uk-companies-house-profiles');
  const companies = new Set(
    filesUnder(uk, '.json').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/"company_number"\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? ''),
    ),
  );
  for (const n of companies) record(corpus, 'companies house fixtures', `GB ${n} valid`, true, validateOrgNumber('GB', n).valid);
}

// ---- report -----------------------------------------------------------------------------------

if (!existsSync(TESTDATA)) {
  console.error(`No testdata at ${TESTDATA}; pass --testdata <dir>.`);
  process.exit(2);
}
checkExtruct();
checkMicroformats();
checkOrgNumbers();

let failed = 0;
for (const corpus of [...new Set(outcomes.map((o) => o.corpus))]) {
  const mine = outcomes.filter((o) => o.corpus === corpus);
  const files = new Set(mine.map((o) => basename(o.file)));
  const bad = mine.filter((o) => !o.pass);
  const threw = mine.filter((o) => o.check === 'does not throw' && !o.pass).length;
  failed += bad.length;
  console.log(`\n${corpus}: ${files.size} files, ${mine.length - bad.length}/${mine.length} checks pass, ${threw} threw`);
  for (const o of bad) console.log(`  FAIL ${o.file}: ${o.check}: ${o.detail ?? ''}`);
  if (VERBOSE)
    for (const o of mine.filter((x) => x.pass && x.check !== 'does not throw')) console.log(`  ok   ${o.file}: ${o.check}`);
  const skips = skipped.filter((s) => s.corpus === corpus);
  if (skips.length > 0)
    console.log(`  ${skips.length} expected entities not compared${VERBOSE ? ':' : ' (--verbose lists them)'}`);
  if (VERBOSE) for (const s of skips) console.log(`    skip ${s.file}: ${s.reason}`);
}
console.log(`\n${failed === 0 ? 'PASS' : 'FAIL'}: ${outcomes.length - failed}/${outcomes.length} checks`);
process.exit(failed === 0 ? 0 : 1);
