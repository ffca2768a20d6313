import type { Client } from '@libsql/client';
import { z } from 'zod';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import { upsertStatements } from '../mirror/mirror-store';
import { RegisterError } from '../register-provider';
import { ChCompanyProfileSchema, chProfileToRegisterCompany, ukCompanyNumber } from './companies-house-company';

export type CompaniesHouseStream = { url: string; key: string };
export type StreamPassResult = { units: number; removed: number; timepoint: number | null };

/** One line of `GET /companies` on the streaming API: a company profile as the Public Data API gives it. */
const StreamEventSchema = z.object({
  resource_kind: z.string(),
  resource_id: z.string().nullish(),
  data: z.unknown(),
  event: z.object({ timepoint: z.number().int(), type: z.string() }),
});

/** Changes written per transaction, with the stream position that goes with them. */
const FLUSH_EVERY = 500;

/**
 * Keeps the UK mirror current from Companies House's streaming API (company profiles). The
 * stream never ends, so a pass reads it for `budgetMs` and hangs up; the next pass goes on from
 * the timepoint saved with the changes (the same transaction, so a pass cut short resumes where
 * its last write left off; an event read twice is an idempotent upsert). A first pass starts at
 * the present: changes between the BasicCompanyData file's date and then come with the next file.
 */
export async function followCompaniesHouseStream(
  client: Client,
  stream: CompaniesHouseStream,
  budgetMs: number,
  signal?: AbortSignal,
): Promise<StreamPassResult> {
  const register = REGISTER_NAMES.GB;
  const { rows } = await client.execute("select position from register_feeds where country = 'GB'");
  if (!rows[0]) throw new Error('The UK register is not mirrored: run npm run registers:import -- GB <file> first.');
  const saved = rows[0].position ? (JSON.parse(rows[0].position as string) as { timepoint?: number }) : {};
  const budget = AbortSignal.timeout(budgetMs);
  const res = await connect(stream, saved.timepoint, signal ? AbortSignal.any([signal, budget]) : budget);
  if (res.status === 416) {
    await res.body?.cancel();
    await savePosition(client, null);
    throw new RegisterError(register, 'down', { key: 'errors.registers.streamGap', values: { register } });
  }
  const result: StreamPassResult = { units: 0, removed: 0, timepoint: saved.timepoint ?? null };
  // The latest event per company (null: deleted), so a batch never holds one company twice.
  let pending = new Map<string, RegisterCompany | null>();
  // Each batch's upserts are newer than the last's (see upsertStatements), also within a millisecond.
  let stamp = 0;
  let written = result.timepoint;
  const flush = async () => {
    if (pending.size === 0 && result.timepoint === written) return;
    const units = [...pending.values()].filter((u): u is RegisterCompany => u !== null);
    const removed = [...pending].filter(([, u]) => u === null).map(([n]) => n);
    stamp = Math.max(Date.now(), stamp + 1);
    await client.batch(
      [
        ...upsertStatements(units, stamp),
        ...removed.map((n) => ({ sql: "delete from register_units where country = 'GB' and org_number = ?", args: [n] })),
        positionStatement(result.timepoint),
      ],
      'write',
    );
    result.units += units.length;
    result.removed += removed.length;
    written = result.timepoint;
    pending = new Map();
  };
  try {
    for await (const line of lines(res.body!)) {
      const event = StreamEventSchema.safeParse(parseJson(line));
      if (!event.success) continue;
      result.timepoint = event.data.event.timepoint;
      if (event.data.resource_kind !== 'company-profile') continue;
      const profile = ChCompanyProfileSchema.safeParse(event.data.data);
      if (event.data.event.type === 'deleted') {
        const number = profile.success ? profile.data.company_number : event.data.resource_id;
        if (number) pending.set(ukCompanyNumber(number), null);
      } else if (profile.success) {
        const unit = chProfileToRegisterCompany(profile.data);
        pending.set(unit.orgNumber, unit);
      }
      if (pending.size >= FLUSH_EVERY) await flush();
    }
  } catch (err) {
    // The pass's time is up (the usual end), or the register hung up: keep what was read.
    if (signal?.aborted) throw err;
  }
  await flush();
  return result;
}

async function connect(stream: CompaniesHouseStream, timepoint: number | undefined, signal: AbortSignal): Promise<Response> {
  const register = REGISTER_NAMES.GB;
  const url = `${stream.url}/companies${timepoint === undefined ? '' : `?timepoint=${timepoint}`}`;
  let res: Response;
  try {
    // The stream key is the user name of HTTP basic auth, with no password.
    res = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${stream.key}:`).toString('base64')}` }, signal });
  } catch {
    throw new RegisterError(register, 'down', { key: 'errors.registers.streamUnreachable', values: { register } });
  }
  if (res.status === 401 || res.status === 403) {
    await res.body?.cancel();
    throw new RegisterError(register, 'refused', {
      key: 'errors.registers.streamKeyRefused',
      values: { register, status: res.status, variable: 'COMPANIES_HOUSE_STREAM_KEY' },
    });
  }
  if (res.status === 429) {
    await res.body?.cancel();
    throw new RegisterError(register, 'rateLimited', { key: 'errors.registers.streamRateLimited', values: { register } });
  }
  if (res.status !== 416 && (!res.ok || !res.body)) {
    await res.body?.cancel();
    throw new RegisterError(register, 'down', {
      key: 'errors.registers.streamHttpStatus',
      values: { register, status: res.status },
    });
  }
  return res;
}

/** The stream's lines as they arrive; blank lines are its heartbeat. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  let pending = '';
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    pending += decoder.decode(next.value, { stream: true });
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) yield part;
  }
  if (pending.trim()) yield pending;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

const positionStatement = (timepoint: number | null) => ({
  sql: "update register_feeds set position = ? where country = 'GB'",
  args: [timepoint === null ? null : JSON.stringify({ timepoint })],
});

async function savePosition(client: Client, timepoint: number | null) {
  await client.execute(positionStatement(timepoint));
}
