import type { Contact } from '../../shared/entities/contact';
import type { FjordDb } from '../db/fjord-db';

export type SearchableContact = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'emails' | 'phones' | 'title' | 'deletedAt'>;

/** Lower case without accents, so "sørensen" finds "Sorensen" and the other way round. */
export function fold(text: string): string {
  // Most lines are printable ASCII: lower case is all they need, and building the index stays quick.
  if (/^[ -~]*$/.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

const sortKey = (c: SearchableContact) => fold(`${c.lastName ?? ''} ${c.firstName}`);

/** One line per contact: names, title, e-mails, and phones as digits so any way of writing them matches. */
function searchText(c: SearchableContact): string {
  const phones = c.phones.map((p) => p.number.replace(/\D/g, '')).join(' ');
  return fold(`${c.firstName} ${c.lastName ?? ''} ${c.title ?? ''} ${c.emails.map((e) => e.address).join(' ')}`) + ` ${phones}`;
}

/** A query as the index compares it: folded text, or digits only when it reads as a phone number. */
function needle(q: string): string {
  const trimmed = q.trim();
  return /^[+\d][\d\s().-]*$/.test(trimmed) && /\d{2}/.test(trimmed) ? trimmed.replace(/\D/g, '') : fold(trimmed);
}

/**
 * Substring search over the cached contacts, fast enough to run on every keystroke: the lines are
 * kept in memory in name order, a scan stops once a page is full, and typing on narrows the
 * previous keystroke's matches instead of scanning everyone again.
 */
type Line = { id: string; key: string; text: string };

/** The line an offset into the joined text falls in (binary search over the line starts). */
function lineAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const byName = (a: Line, b: Line) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const line = (c: SearchableContact): Line => ({ id: c.id, key: sortKey(c), text: searchText(c) });

/**
 * Substring search over the cached contacts, fast enough to run on every keystroke: the lines are
 * kept in memory in name order, a scan stops once a page is full, and typing on narrows the
 * previous keystroke's matches instead of scanning everyone again.
 */
export class ContactSearchIndex {
  private lines: Line[] = [];
  /**
   * The previous query: its needle, the positions it matched among the lines scanned so far, and
   * where the scan stopped (a page needs only `limit` matches, so broad queries stop early).
   */
  private last: { needle: string; hits: number[]; scannedTo: number } | null = null;
  private all: { text: string; starts: Int32Array } | null = null;

  static async load(db: FjordDb): Promise<ContactSearchIndex> {
    const index = new ContactSearchIndex();
    index.reset(await db.contacts.toArray());
    return index;
  }

  get size(): number {
    return this.lines.length;
  }

  reset(contacts: SearchableContact[]) {
    this.lines = contacts
      .filter((c) => c.deletedAt === null)
      .map(line)
      .sort(byName);
    this.forget();
  }

  /**
   * Ids of the contacts whose line contains `q`, in name order, at most `limit`. Typing on narrows
   * the previous matches: a line holding the longer text holds the shorter one too, so only those
   * and the lines not scanned yet need a look.
   */
  search(q: string, limit = 50): string[] {
    const n = needle(q);
    if (!n) return this.lines.slice(0, limit).map((l) => l.id);
    const { text, starts } = this.joined();
    const previous = this.last && n.includes(this.last.needle) ? this.last : null;
    const hits: number[] = [];
    if (previous) for (const i of previous.hits) if (this.lines[i]!.text.includes(n)) hits.push(i);
    let line = previous ? previous.scannedTo : 0;
    while (hits.length < limit && line < this.lines.length) {
      // One indexOf over all lines at once: V8 searches a long string much faster than many short ones.
      const at = text.indexOf(n, starts[line]);
      if (at < 0) {
        line = this.lines.length;
        break;
      }
      const found = lineAt(starts, at);
      hits.push(found);
      line = found + 1;
    }
    this.last = { needle: n, hits, scannedTo: line };
    return hits.slice(0, limit).map((h) => this.lines[h]!.id);
  }

  /** Every line in one string (newline between, so no match spans two) and where each starts. */
  private joined(): { text: string; starts: Int32Array } {
    if (!this.all) {
      const starts = new Int32Array(this.lines.length + 1);
      let offset = 0;
      this.lines.forEach((l, i) => {
        starts[i] = offset;
        offset += l.text.length + 1;
      });
      starts[this.lines.length] = offset;
      this.all = { text: this.lines.map((l) => l.text).join('\n'), starts };
    }
    return this.all;
  }

  /**
   * Contacts the sync or the user just wrote: added, changed (moved to their new place in the
   * order) or deleted (gone). One pass over the index however many there are.
   */
  upsert(contacts: SearchableContact[]) {
    const changed = new Set(contacts.map((c) => c.id));
    const added = contacts
      .filter((c) => c.deletedAt === null)
      .map(line)
      .sort(byName);
    const kept = this.lines.filter((l) => !changed.has(l.id));
    const merged: Line[] = [];
    let a = 0;
    let k = 0;
    while (a < added.length || k < kept.length) {
      if (k >= kept.length || (a < added.length && byName(added[a]!, kept[k]!) < 0)) merged.push(added[a++]!);
      else merged.push(kept[k++]!);
    }
    this.lines = merged;
    this.forget();
  }

  remove(ids: string[]) {
    const gone = new Set(ids);
    this.lines = this.lines.filter((l) => !gone.has(l.id));
    this.forget();
  }

  /** After a write: the joined text is made now, so no keystroke pays for it. */
  private forget() {
    this.last = null;
    this.all = null;
    this.joined();
  }
}
