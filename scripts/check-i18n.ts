import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../shared/i18n/languages';
import { loadMessages } from '../shared/i18n/messages';
import { catalogueFindings } from './i18n/catalogue-findings';
import { SAME_AS_ENGLISH } from './i18n/same-as-english';
import { serverLiterals } from './i18n/server-literals';
import { untranslatedLiterals } from './i18n/untranslated-literals';

/**
 * Issue 15's check, run by `npm test` and `npm run check`: no user-facing text outside the
 * catalogues, and six complete catalogues (every key, valid ICU, the same placeholders, nothing
 * left in English). Paths given on the command line narrow the literal scan to them.
 */
const UI_SOURCES = ['extension', 'shared/records', 'shared/mail/merge-fields.ts', 'shared/timeline'];

/** Where the server's answers are worded: its errors, and the schemas whose issues it sends back. */
const SERVER_SOURCES = ['server', 'shared/api', 'shared/mutations', 'shared/entities'];

/** The TypeScript sources under a path (Node 20 has no glob); the i18n machinery itself is not UI. */
function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return (readdirSync(path, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(path, f));
}

const paths = process.argv.slice(2);
const notMachinery = (f: string) => !f.includes('/i18n/');
const files = (paths.length > 0 ? paths : UI_SOURCES).flatMap(sources).filter(notMachinery);
const serverFiles = (paths.length > 0 ? paths : SERVER_SOURCES).flatMap(sources).filter(notMachinery);

const literals = [
  ...files.flatMap((file) => untranslatedLiterals(file, readFileSync(file, 'utf8'))),
  ...serverFiles.flatMap((file) => serverLiterals(file, readFileSync(file, 'utf8'))),
];
for (const f of literals) console.log(`${f.file}:${f.line}  ${f.why}  "${f.text}"`);

const [english, ...rest] = await Promise.all(LANGUAGES.map((l) => loadMessages(l)));
const others = Object.fromEntries(LANGUAGES.slice(1).map((l, i) => [l, rest[i]!]));
const gaps = catalogueFindings(english!, others, SAME_AS_ENGLISH);
for (const g of gaps) console.log(`catalogue ${g.language}: ${g.key}: ${g.why}`);

const total = literals.length + gaps.length;
console.log(
  total === 0
    ? `i18n: ${new Set([...files, ...serverFiles]).size} files and ${LANGUAGES.length} catalogues clean`
    : `i18n: ${literals.length} literal(s) outside the catalogues, ${gaps.length} catalogue gap(s)`,
);
process.exit(total === 0 ? 0 : 1);
