import { z } from 'zod';
import type { NaceLabels } from './nace-label-loader';
import { NACE_REV2_CODES } from './nace-rev2-codes';

/** 1 section (A–U), 2 division (62), 3 group (62.0), 4 class (62.01). */
export type NaceLevel = 1 | 2 | 3 | 4;

export type NaceEntry = { code: string; level: NaceLevel; section: string; label: string };

const NO_LABELS: NaceLabels = {};

let index: Map<string, NaceEntry> | undefined;

// Built on first use so importing a schema does not pay for a thousand-entry map.
function entries(): Map<string, NaceEntry> {
  index ??= new Map(NACE_REV2_CODES.map(([code, level, section, label]) => [code, { code, level, section, label }]));
  return index;
}

/**
 * The NACE Rev. 2 class a code belongs to, or null when there is no such class.
 * The national classifications extend NACE's four digits: Norway's SN2007 adds one ("52.292"),
 * Sweden's SNI 2007 and the UK SIC 2007 one ("62010"; SIC also writes "62.01/2"), Denmark's DB07
 * two ("479112"). So the first four digits are the NACE class. Groups and divisions give null.
 */
export function normalizeNaceCode(input: string): string | null {
  const match = /^(\d{2})\.?(\d{2})(?:[./]?\d{1,2})?$/.exec(input.replace(/\s/g, ''));
  if (!match) return null;
  const code = `${match[1]}.${match[2]}`;
  return entries().get(code)?.level === 4 ? code : null;
}

/** Any level as written in NACE ("J", "62", "62.0", "62.01"), else the class of a national code. */
function findEntry(code: string): NaceEntry | undefined {
  const trimmed = code.trim();
  const exact = entries().get(/^[a-u]$/.test(trimmed) ? trimmed.toUpperCase() : trimmed);
  if (exact) return exact;
  const normalized = normalizeNaceCode(trimmed);
  return normalized === null ? undefined : entries().get(normalized);
}

/**
 * The label of a section, division, group or class, from `labels` (see `loadNaceLabels`) where it
 * has one, else in English; national codes get their class's label.
 */
export function naceLabel(code: string, labels: NaceLabels = NO_LABELS): string | undefined {
  const entry = findEntry(code);
  return entry && (labels[entry.code] ?? entry.label);
}

/** The chain from section down to the code itself: "62.01" → ["J", "62", "62.0", "62.01"]; [] when unknown. */
export function naceParents(code: string): string[] {
  const entry = findEntry(code);
  if (!entry) return [];
  const chain = [entry.section, entry.code.slice(0, 2), entry.code.slice(0, 4), entry.code];
  return chain.slice(0, entry.level);
}

/**
 * Entries whose code starts with, or whose label has a word starting with, every word of the
 * query (case- and accent-insensitive: "comp prog" finds 62.01); a pasted national code ("52.292")
 * finds its class. With `labels` a word may match the localized label or the English one, so a
 * Norwegian finds 78.10 by "rekruttering" and by "placement", and the entries carry the localized
 * label. Classes first, as those are what a company is filed under; then groups, divisions and
 * sections, each in code order.
 */
export function searchNace(query: string, limit = 20, labels: NaceLabels = NO_LABELS): NaceEntry[] {
  const words = fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, code: text.replace(/\./g, ''), nationalClass: normalizeNaceCode(text) }));
  if (words.length === 0 || limit <= 0) return [];
  const hits = [...entries().values()].filter((entry) => {
    const code = entry.code.toLowerCase().replace(/\./g, '');
    const english = foldLabel(entry.label);
    const localized = foldLabel(labels[entry.code] ?? '');
    return words.every(
      (w) =>
        code.startsWith(w.code) ||
        hasWordStart(english, w.text) ||
        hasWordStart(localized, w.text) ||
        w.nationalClass === entry.code,
    );
  });
  // Stable sort: within a level the data's own (code) order is kept.
  return hits
    .sort((a, b) => b.level - a.level)
    .slice(0, limit)
    .map((entry) => ({ ...entry, label: labels[entry.code] ?? entry.label }));
}

// At a word start, so "ship" finds "Building of ships" but not every "membership organisation".
function hasWordStart(label: string, word: string): boolean {
  for (let i = label.indexOf(word); i !== -1; i = label.indexOf(word, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(label[i - 1] ?? '')) return true;
  }
  return false;
}

const foldedLabels = new Map<string, string>();

// Folded once per label text, not at every keystroke of the picker (six languages: ~6,000 strings).
function foldLabel(label: string): string {
  let folded = foldedLabels.get(label);
  if (folded === undefined) foldedLabels.set(label, (folded = fold(label)));
  return folded;
}

// Eurostat writes one label with a typographic apostrophe ("builders’ ware"); people type "'".
// Accents go too, as people leave them out ("colocacion"); "ø" and "æ" are letters, not accents, and stay.
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** A NACE Rev. 2 class, also accepted as a national code; stored as the class ("52.292" → "52.29"). */
export const NaceCodeSchema = z.string().transform((value, ctx) => {
  const code = normalizeNaceCode(value);
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: 'errors.field.naceCode' });
    return z.NEVER;
  }
  return code;
});
