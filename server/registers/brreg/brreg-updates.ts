import type { Client } from '@libsql/client';
import { z } from 'zod';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import { upsertStatements } from '../mirror/mirror-store';
import { fetchRegisterJson } from '../register-http';
import { BrregUnitSchema, brregToRegisterCompany } from './brreg-unit';

const KINDS = [
  { path: 'enheter', list: 'oppdaterteEnheter' },
  { path: 'underenheter', list: 'oppdaterteUnderenheter' },
] as const;

const UpdateSchema = z.object({
  oppdateringsid: z.number().int(),
  organisasjonsnummer: z.string(),
  /** Ny, Endring, Sletting (deleted: still readable, with `slettedato`), Fjernet (gone altogether). */
  endringstype: z.string(),
});
const PAGE = 500;
/** Lookups in flight at once: kind to a public register, quick enough for a day's changes. */
const PARALLEL = 4;

type Position = Partial<Record<(typeof KINDS)[number]['path'], number>>;
export type UpdatesResult = { units: number; removed: number; position: Position };

/**
 * Brings the Norwegian mirror up to date from Enhetsregisteret's change feed (`oppdateringer`):
 * each changed unit is read again and upserted, removed ones deleted, and the feed position is
 * saved with each page in the same transaction, so a run that stops resumes where it was. A
 * mirror never synced starts from the time it was imported.
 */
export async function syncBrregUpdates(client: Client, baseUrl: string, signal?: AbortSignal): Promise<UpdatesResult> {
  const register = REGISTER_NAMES.NO;
  const { rows } = await client.execute({
    sql: "select position, last_run_at from register_feeds where country = 'NO'",
    args: [],
  });
  if (!rows[0]) throw new Error('The Norwegian register is not mirrored: run npm run registers:import -- NO <file> first.');
  const position: Position = rows[0].position ? (JSON.parse(rows[0].position as string) as Position) : {};
  const since = new Date(Number(rows[0].last_run_at ?? Date.now())).toISOString();
  let units = 0;
  let removed = 0;
  for (const kind of KINDS) {
    for (;;) {
      signal?.throwIfAborted();
      const from = position[kind.path];
      const query = from === undefined ? `dato=${encodeURIComponent(since)}` : `oppdateringsid=${from + 1}`;
      const page = await fetchRegisterJson(
        { register, url: `${baseUrl}/oppdateringer/${kind.path}?${query}&size=${PAGE}`, signal },
        z.object({ _embedded: z.object({ [kind.list]: z.array(UpdateSchema) }).optional() }),
      );
      const updates = (page?._embedded?.[kind.list] ?? []) as z.infer<typeof UpdateSchema>[];
      if (updates.length === 0) break;
      const gone = updates.filter((u) => u.endringstype === 'Fjernet').map((u) => u.organisasjonsnummer);
      const changed = [...new Set(updates.filter((u) => u.endringstype !== 'Fjernet').map((u) => u.organisasjonsnummer))];
      const fresh = await readUnits(baseUrl, kind.path, changed, signal);
      position[kind.path] = Math.max(...updates.map((u) => u.oppdateringsid));
      await client.batch(
        [
          ...upsertStatements(fresh, Date.now()),
          ...gone.map((n) => ({ sql: "delete from register_units where country = 'NO' and org_number = ?", args: [n] })),
          {
            sql: "update register_feeds set position = ?, last_error = null where country = 'NO'",
            args: [JSON.stringify(position)],
          },
        ],
        'write',
      );
      units += fresh.length;
      removed += gone.length;
      if (updates.length < PAGE) break;
    }
  }
  return { units, removed, position };
}

async function readUnits(baseUrl: string, path: string, numbers: string[], signal?: AbortSignal) {
  const register = REGISTER_NAMES.NO;
  const found: RegisterCompany[] = [];
  for (let i = 0; i < numbers.length; i += PARALLEL) {
    const batch = await Promise.all(
      numbers
        .slice(i, i + PARALLEL)
        .map((n) =>
          fetchRegisterJson(
            { register, url: `${baseUrl}/${path}/${n}`, signal, notFound: [404], answerStatuses: [410] },
            BrregUnitSchema,
          ),
        ),
    );
    for (const unit of batch) if (unit) found.push(brregToRegisterCompany(unit));
  }
  return found;
}
