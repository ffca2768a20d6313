import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import streamArray from 'stream-json/streamers/stream-array.js';

export type BulkFormat = 'json' | 'jsonl' | 'csv';
export type BulkRecord = Record<string, unknown>;

/** A register's bulk file as records, streaming: gzip or not, a JSON array, JSON lines or CSV. */
export type BulkSource = {
  format: BulkFormat;
  gzip: boolean;
  /** Bytes of the file on disk, and how many have been read so far (for progress). */
  totalBytes: number;
  readBytes: () => number;
  records: AsyncIterable<BulkRecord>;
};

export async function openBulkFile(path: string): Promise<BulkSource> {
  const totalBytes = (await stat(path)).size;
  const head = await readHead(path, 4096);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  let read = 0;
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  file.on('data', (chunk) => (read += chunk.length));
  const text: Readable = gzip ? file.pipe(createGunzip()) : file;
  const sample = gzip ? await gunzipHead(path) : head.toString('utf8');
  const format = formatOf(sample);
  return { format, gzip, totalBytes, readBytes: () => read, records: recordsOf(text, format, sample) };
}

/** A JSON array starts with `[`, JSON lines with `{`; anything else is CSV (comma or semicolon). */
function formatOf(sample: string): BulkFormat {
  const first = sample.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'csv';
}

async function* recordsOf(text: Readable, format: BulkFormat, sample: string): AsyncIterable<BulkRecord> {
  if (format === 'json' && oneElementPerLine(sample)) {
    // Dumps written one element per line parse four times faster line by line than as tokens.
    let lineNo = 0;
    for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
      lineNo++;
      const element = line
        .trim()
        .replace(/^\[/, '')
        .replace(/,?\]?$/, '')
        .replace(/,$/, '')
        .trim();
      if (!element) continue;
      try {
        yield JSON.parse(element) as BulkRecord;
      } catch {
        throw new Error(`Line ${lineNo} of the file is not a complete JSON object; the file may be cut short.`);
      }
    }
    return;
  }
  if (format === 'json') {
    // Assembling values without streaming each string and number is twice as fast.
    const items = text.pipe(streamArray.withParserAsStream({ streamValues: false }));
    for await (const item of items) yield (item as { value: BulkRecord }).value;
    return;
  }
  if (format === 'jsonl') {
    for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
      if (line.trim()) yield JSON.parse(line) as BulkRecord;
    }
    return;
  }
  const headerLine = sample.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  yield* text.pipe(parseCsv({ columns: true, delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }));
}

/**
 * Whether a JSON array has each element on a line of its own (`[`, `{…},`, …, `]`): every whole
 * line of the sample but the brackets is one complete object. Pretty-printed dumps are not.
 */
function oneElementPerLine(sample: string): boolean {
  const lines = sample
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, -1);
  const elements = lines
    .map((l) =>
      l
        .trim()
        .replace(/^\[/, '')
        .replace(/,?\]?$/, '')
        .replace(/,$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (elements.length === 0) return false;
  return elements.every((e) => {
    if (!e.startsWith('{')) return false;
    try {
      return typeof JSON.parse(e) === 'object';
    } catch {
      return false;
    }
  });
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first few kilobytes of a gzip file, unpacked, to tell its format. */
async function gunzipHead(path: string): Promise<string> {
  const stream = createReadStream(path).pipe(createGunzip());
  let text = '';
  for await (const chunk of stream) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length >= 4096) break;
  }
  stream.destroy();
  return text;
}
