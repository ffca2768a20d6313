import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { validate } from '../http/validate';
import { findContactDuplicates } from './contact-duplicates';
import { findDuplicatePairs } from './find-duplicates';

export const DuplicatePairsQuery = z.object({
  entity: z.enum(['company', 'contact']),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ContactDuplicateProbe = z.object({
  firstName: z.string().max(100).optional(),
  lastName: z.string().max(100).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(50).optional(),
  excludeId: IdSchema.optional(),
});

/** The "find duplicates" view (`/api/duplicates`) and the contact check before a create. */
export function duplicatesRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', validate('query', DuplicatePairsQuery), async (c) => {
      const { entity, limit } = c.req.valid('query');
      return c.json({ pairs: await findDuplicatePairs(deps.db, c.get('auth').workspaceId, entity, limit) });
    })
    .get('/contact', validate('query', ContactDuplicateProbe), async (c) => {
      return c.json({ matches: await findContactDuplicates(deps.db, c.get('auth').workspaceId, c.req.valid('query')) });
    });
}
