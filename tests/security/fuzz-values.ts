/**
 * Values for the fuzzer: one close to what a JSON schema asks for, then spoiled at a random spot
 * with what attackers and broken clients send. Deterministic for a seed, so a failure reproduces.
 */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
};

/** mulberry32: small, fast, good enough to pick cases. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)]!, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof prng>;

const SQL = [
  "' OR 1=1 --",
  '"; DROP TABLE companies; --',
  "') UNION SELECT password_hash FROM users --",
  '%',
  '_',
  '\\',
  "1'; --",
];
const UNICODE = [
  'Ærøskøbing 🐟',
  '\u202Eevil',
  '\ud800',
  '𝔉𝔧𝔬𝔯𝔡',
  'ﷺ'.repeat(50),
  '\u0000',
  'a\u0000b',
  '\r\nX-Injected: 1',
  '<script>alert(1)</script>',
];
const NUMBERS = [-1, 0, -0, 1e308, -1e308, 2 ** 53 + 1, 4294967296, 0.5, 1e-320, Number.MAX_SAFE_INTEGER, -2147483649];
const NOT_IDS = [
  '0',
  '-1',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  "1' OR '1'='1",
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'x'.repeat(300),
  '01a2-zz',
  '%F0%9F%90%9F',
  'a%2Fb',
];

/** A string meant to pass: a real id where one is asked for, a date, an e-mail, or short text. */
function goodString(s: JsonSchema, rng: Rng, ids: readonly string[], name: string): string {
  if (s.format === 'uuid' || /id$/i.test(name)) return rng.pick(ids);
  if (s.format === 'email') return `fuzz-${rng.int(1e9)}@example.org`;
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-12-01';
  if (s.pattern?.includes('[0-5]\\d')) return '09:30';
  if (s.pattern?.includes('A-Z]{3}') || name === 'currency') return 'NOK';
  if (s.pattern?.includes('https')) return 'https://example.org/x';
  const min = s.minLength ?? 0;
  return `fz ${rng.int(1e6)}`.padEnd(min, 'x').slice(0, Math.max(min, Math.min(s.maxLength ?? 40, 40)));
}

/** A value that fits `schema`, as far as a schema without patterns can say. */
export function valid(schema: JsonSchema | undefined, rng: Rng, ids: readonly string[], name = '', depth = 0): unknown {
  const s = schema ?? {};
  if (s.const !== undefined) return s.const;
  if (s.enum) return rng.pick(s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return valid(rng.pick(union), rng, ids, name, depth);
  if (s.allOf?.length) return valid(s.allOf[0], rng, ids, name, depth);
  const type = Array.isArray(s.type) ? rng.pick(s.type) : s.type;
  switch (type) {
    case 'string':
      return goodString(s, rng, ids, name);
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? 0;
      const hi = Math.min(s.maximum ?? lo + 1000, lo + 1000);
      return lo + rng.int(Math.max(1, hi - lo + 1));
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array':
      return depth > 4
        ? []
        : Array.from({ length: rng.int(3) }, () => valid(s.items, rng, ids, name.replace(/s$/, ''), depth + 1));
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || rng.chance(0.5)) out[key] = valid(sub, rng, ids, key, depth + 1);
      }
      return out;
    }
    default:
      return s.default ?? null;
  }
}

/** Something a server must answer with a 4xx, never a crash. */
export function nasty(rng: Rng, sizes: { below: number; above: number }): unknown {
  switch (rng.int(14)) {
    case 0:
      return rng.pick(SQL);
    case 1:
      return rng.pick(UNICODE);
    case 2:
      return rng.pick(NUMBERS);
    case 3:
      return rng.pick([null, true, false, '', [], {}, '[]', '{}', 'true']);
    case 4: {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 2000; i++) deep = rng.chance(0.5) ? [deep] : { a: deep };
      return deep;
    }
    case 5:
      return JSON.parse('{"__proto__":{"isAdmin":true,"role":"admin"},"constructor":{"prototype":{"polluted":1}}}');
    case 6:
      return rng.chance(0.02) ? 'y'.repeat(rng.chance(0.5) ? sizes.below : sizes.above) : 'y'.repeat(5000 + rng.int(100_000));
    case 7:
      return Array.from({ length: 1 + rng.int(2000) }, () => rng.pick(NOT_IDS));
    case 8:
      return rng.pick(NOT_IDS);
    case 9:
      return { nested: { role: 'admin', workspaceId: 'ffffffff-ffff-ffff-ffff-ffffffffffff' } };
    case 10:
      return `${rng.pick(SQL)}${rng.pick(UNICODE)}`;
    case 11:
      return -rng.int(1e9);
    case 12:
      return new Array(3).fill(rng.pick(UNICODE));
    default:
      return '00000000-0000-0000-0000-000000000000';
  }
}

/** `value` with one random spot (itself, a field, an element, a new key) replaced by `bad`. */
export function spoil(value: unknown, rng: Rng, bad: () => unknown): unknown {
  if (value === null || typeof value !== 'object' || rng.chance(0.25)) return bad();
  if (Array.isArray(value)) {
    if (value.length === 0 || rng.chance(0.3)) return [...value, bad()];
    const i = rng.int(value.length);
    return value.map((v, j) => (j === i ? spoil(v, rng, bad) : v));
  }
  const keys = Object.keys(value);
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (keys.length === 0 || rng.chance(0.2)) {
    // defineProperty, so `__proto__` becomes a key of the JSON rather than this object's prototype.
    const extra = rng.pick([
      '__proto__',
      'constructor',
      'prototype',
      'workspaceId',
      'role',
      'createdBy',
      'deletedAt',
      'version',
      'x',
    ]);
    Object.defineProperty(out, extra, { value: bad(), enumerable: true, writable: true, configurable: true });
    return out;
  }
  const key = rng.pick(keys);
  if (rng.chance(0.15)) delete out[key];
  else out[key] = spoil(out[key], rng, bad);
  return out;
}

/** A path parameter: mostly an id of a real record, else something that is no id at all. */
export function pathParam(rng: Rng, ids: readonly string[]): string {
  return rng.chance(0.4)
    ? rng.pick(ids)
    : encodeURIComponent(String(rng.pick([...NOT_IDS, ...SQL, ...UNICODE.filter((u) => u !== '\ud800')])));
}
