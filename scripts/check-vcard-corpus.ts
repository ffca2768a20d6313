/**
 * Runs the vCard parser over the public reference files in /work/shared/testdata/vcard (ical.js
 * and node-vcf fixtures; not in the repo, so the unit tests carry their own) and compares names,
 * e-mails, phones, org, title and addresses with the upstream expectations where there are any:
 * ical.js's jCard files, node-vcf's hand-transcribed expected.json, and the same person written
 * as 2.1, 3.0 and 4.0. Also cuts every file at many points to check nothing throws, and writes
 * every parsed contact back out with toVCards to check it reads back the same.
 * A development aid, not a test: `npx tsx scripts/check-vcard-corpus.ts [--testdata <dir>] [--verbose]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeVCardFile } from '../shared/contacts/decode-vcard-file';
import { parseVCards, parseVCardsWithReport, toVCards } from '../shared/contacts/vcard';
import type { ParsedVCardContact } from '../shared/contacts/vcard-contact';

const args = process.argv.slice(2);
const ROOT = args.includes('--testdata') ? (args[args.indexOf('--testdata') + 1] ?? '') : '/work/shared/testdata/vcard';
const VERBOSE = args.includes('--verbose');

type Outcome = { folder: string; file: string; check: string; pass: boolean; detail?: string };
const outcomes: Outcome[] = [];

function record(folder: string, file: string, check: string, expected: unknown, actual: unknown): void {
  const pass = JSON.stringify(expected) === JSON.stringify(actual);
  outcomes.push({
    folder,
    file,
    check,
    pass,
    detail: pass ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  });
}

function parseFile(folder: string, path: string): ParsedVCardContact[] {
  try {
    const { contacts } = parseVCardsWithReport(decodeVCardFile(readFileSync(path)));
    record(folder, basename(path), 'does not throw', true, true);
    record(folder, basename(path), 'toVCards round trip gives the same contacts', contacts, parseVCards(toVCards(contacts)));
    return contacts;
  } catch (error) {
    record(folder, basename(path), 'does not throw', 'no error', String(error));
    return [];
  }
}

/** Every prefix at a stride, plus the file with each line dropped in turn: must never throw. */
function checkTruncations(folder: string, path: string): void {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const variants = [
    ...Array.from({ length: Math.ceil(text.length / 17) }, (_, i) => text.slice(0, i * 17)),
    ...lines.map((_, i) => lines.filter((__, k) => k !== i).join('\n')),
  ];
  const failures = variants.filter((variant) => {
    try {
      parseVCardsWithReport(variant);
      return false;
    } catch {
      return true;
    }
  });
  record(folder, basename(path), `${variants.length} cut/damaged variants do not throw`, 0, failures.length);
}

// ---- ical.js: the jCard next to each .vcf ------------------------------------------------------

type JProp = [string, Record<string, unknown>, string, ...unknown[]];
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);
const asText = (value: unknown): string => asList(value).join(' ');
const typesOf = (params: Record<string, unknown>): string[] =>
  asList(params.type)
    .flatMap((type) => type.split(','))
    .map((type) => type.toLowerCase())
    .filter((type) => type !== 'pref' && type !== 'internet');

function jcardExpectation(props: JProp[]) {
  const all = (name: string) => props.filter((prop) => prop[0] === name);
  const first = (name: string) => all(name)[0]?.[3];
  const n = first('n') as unknown[] | undefined;
  const org = asList(first('org'));
  return {
    fullName: first('fn') === undefined ? undefined : String(first('fn')),
    firstName: n ? asText(n[1]) : undefined,
    lastName: n ? asText(n[0]) || null : undefined,
    organization: org[0] ?? null,
    department: org.slice(1).filter(Boolean).join(', ') || null,
    title: first('title') === undefined ? null : String(first('title')),
    emails: all('email').map((prop) => ({ address: String(prop[3]), types: typesOf(prop[1]) })),
    phones: all('tel').map((prop) => ({
      number: String(prop[3])
        .replace(/^tel:/, '')
        .replace(/;ext=(\d+)$/, ' ext. $1'),
      types: typesOf(prop[1]),
    })),
    addresses: all('adr').map((prop) => {
      const [poBox = '', ext = '', street = '', city = '', region = '', postalCode = '', country = ''] = asList(prop[3]);
      const orNull = (part: string) => part || null;
      const streetLines = [street, ext, poBox].filter(Boolean).join('\n');
      return {
        street: orNull(streetLines),
        postalCode: orNull(postalCode),
        city: orNull(city),
        region: orNull(region),
        country: orNull(country),
      };
    }),
  };
}

function checkIcalJs(dir: string): void {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.vcf'))) {
    const contacts = parseFile('ical.js', join(dir, file));
    checkTruncations('ical.js', join(dir, file));
    const jsonPath = join(dir, file.replace(/\.vcf$/, '.json'));
    if (!existsSync(jsonPath)) continue;
    const expected = jcardExpectation((JSON.parse(readFileSync(jsonPath, 'utf8')) as [string, JProp[]])[1]);
    const actual = contacts[0];
    record('ical.js', file, 'one card', 1, contacts.length);
    if (!actual) continue;
    for (const key of ['fullName', 'firstName', 'lastName', 'organization', 'department', 'title'] as const) {
      if (expected[key] !== undefined) record('ical.js', file, key, expected[key], actual[key]);
    }
    record(
      'ical.js',
      file,
      'emails',
      expected.emails,
      actual.emails.map(({ address, types }) => ({ address, types })),
    );
    record(
      'ical.js',
      file,
      'phones',
      expected.phones,
      actual.phones.map(({ number, types }) => ({ number, types })),
    );
    record(
      'ical.js',
      file,
      'addresses',
      expected.addresses,
      actual.addresses.map(({ types: _types, ...rest }) => rest),
    );
  }
}

// ---- node-vcf: expected.json assertions and the same card in three versions --------------------

function checkNodeVcf(dir: string): void {
  const parsed = new Map<string, ParsedVCardContact[]>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.vcf'))) {
    parsed.set(file, parseFile('node-vcf', join(dir, file)));
    checkTruncations('node-vcf', join(dir, file));
  }
  const card = (file: string) => parsed.get(file)?.[0];
  const check = (file: string, name: string, expected: unknown, actual: unknown) =>
    record('node-vcf', file, name, expected, actual);
  check('multiple.vcf', 'card_count', 3, parsed.get('multiple.vcf')?.length);
  check('xing.vcf', 'FN', 'Hans-Peter Mustermann', card('xing.vcf')?.fullName);
  check('xing.vcf', 'PHOTO URL kept whole (no txtsize param)', true, card('xing.vcf')?.photoUrl?.includes('?txtsize=33&txt='));
  check('empty-lines.vcf', 'has PHOTO', true, Boolean(card('empty-lines.vcf')?.photoUrl));
  check('empty-lines.vcf', 'TEL_count', 2, card('empty-lines.vcf')?.phones.length);
  check('vcard-4.0.vcf', 'ADR_count', 2, card('vcard-4.0.vcf')?.addresses.length);
  const numbers = card('vcard-4.0.vcf')?.phones.map((phone) => phone.number);
  check('vcard-4.0.vcf', 'tel: URIs read as numbers', ['+11115551212', '+14045551212', '+14045551213'], numbers);
  check('quoted-list.vcf', 'TEL_type', ['voice', 'home'], card('quoted-list.vcf')?.phones[0]?.types);
  checkSamePerson(card);
}

/** vcard-2.1/3.0/4.0.vcf are one person in three versions: the versions must not change the result. */
function checkSamePerson(card: (file: string) => ParsedVCardContact | undefined): void {
  const reference = card('vcard-3.0.vcf');
  const phoneLabels = (contact: ParsedVCardContact | undefined) =>
    contact?.phones.map(({ types, preferred }) => ({ types, preferred }));
  for (const file of ['vcard-2.1.vcf', 'vcard-4.0.vcf']) {
    const other = card(file);
    for (const key of ['fullName', 'firstName', 'lastName', 'organization', 'title', 'addresses'] as const) {
      record('node-vcf', file, `${key} same as in vcard-3.0.vcf`, reference?.[key], other?.[key]);
    }
    record('node-vcf', file, 'email same as in vcard-3.0.vcf', reference?.emails[0]?.address, other?.emails[0]?.address);
  }
  // The 4.0 file has a third, grouped TEL (item1) that the others lack.
  record(
    'node-vcf',
    'vcard-2.1.vcf',
    'phone types same as in vcard-3.0.vcf',
    phoneLabels(reference),
    phoneLabels(card('vcard-2.1.vcf')),
  );
}

if (!existsSync(ROOT)) {
  console.log(`No corpus at ${ROOT}: nothing to check.`);
  process.exit(0);
}
checkIcalJs(join(ROOT, 'ical.js'));
checkNodeVcf(join(ROOT, 'node-vcf'));
for (const folder of [...new Set(outcomes.map((outcome) => outcome.folder))]) {
  const mine = outcomes.filter((outcome) => outcome.folder === folder);
  const failed = mine.filter((outcome) => !outcome.pass);
  const files = new Set(mine.map((outcome) => outcome.file)).size;
  console.log(
    `${failed.length ? 'FAIL' : 'PASS'} ${folder}: ${files} files, ${mine.length - failed.length}/${mine.length} checks pass`,
  );
  for (const outcome of VERBOSE ? mine : failed) {
    console.log(
      `  ${outcome.pass ? 'ok  ' : 'FAIL'} ${outcome.file} · ${outcome.check}${outcome.detail ? `: ${outcome.detail}` : ''}`,
    );
  }
}
const failedTotal = outcomes.filter((outcome) => !outcome.pass).length;
console.log(`${outcomes.length - failedTotal} passed, ${failedTotal} failed`);
process.exitCode = failedTotal ? 1 : 0;
