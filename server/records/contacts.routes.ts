import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema, clearableText } from '../../shared/entities/base';
import { ContactFieldsSchema } from '../../shared/entities/contact';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { companiesOfContact, getContact } from './contacts.queries';

const IdParam = z.object({ id: IdSchema });
export const EmailAccessBody = z.object({ blocked: z.boolean() });
const LinkParam = z.object({ id: IdSchema, companyId: IdSchema });
export const ContactCreateBody = ContactFieldsSchema.partial().extend({
  id: IdSchema.optional(),
  firstName: ContactFieldsSchema.shape.firstName,
});
export const ContactLinkBody = z.object({
  companyId: IdSchema,
  position: clearableText(200).optional(),
  isPrimary: z.boolean().optional(),
});

export function contactsRoutes(deps: Deps) {
  const found = async (workspaceId: string, id: string) => {
    const contact = await getContact(deps.db, workspaceId, id);
    if (!contact) throw new AppError(404, 'notFound', 'Contact not found');
    return contact;
  };
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/:id', validate('param', IdParam), async (c) => {
      const { workspaceId } = c.get('auth');
      const contact = await found(workspaceId, c.req.valid('param').id);
      return c.json({ contact, companies: await companiesOfContact(deps.db, workspaceId, contact.id) });
    })
    .post('/', validate('json', ContactCreateBody), async (c) => {
      const body = c.req.valid('json');
      const id = body.id ?? newId();
      await runMutation(deps, c.get('auth'), 'contact.create', { ...body, id });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .patch('/:id', validate('param', IdParam), validate('json', ContactFieldsSchema.partial()), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.update', { id, patch: c.req.valid('json') });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) });
    })
    .delete('/:id', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.delete', { id });
      return c.json({ ok: true });
    })
    .put(
      '/:id/private-customer',
      validate('param', IdParam),
      validate('json', z.object({ isPrivateCustomer: z.boolean() })),
      async (c) => {
        const { id } = c.req.valid('param');
        await found(c.get('auth').workspaceId, id);
        await runMutation(deps, c.get('auth'), 'contact.setPrivateCustomer', { id, ...c.req.valid('json') });
        return c.json({ contact: await found(c.get('auth').workspaceId, id) });
      },
    )
    .put('/:id/email-access', validate('param', IdParam), validate('json', EmailAccessBody), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.setEmailAccess', { id, ...c.req.valid('json') });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) });
    })
    .post('/:id/companies', validate('param', IdParam), validate('json', ContactLinkBody), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.linkCompany', { id: newId(), contactId: id, ...c.req.valid('json') });
      return c.json({ companies: await companiesOfContact(deps.db, c.get('auth').workspaceId, id) }, 201);
    })
    .delete('/:id/companies/:companyId', validate('param', LinkParam), async (c) => {
      const { id, companyId } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.unlinkCompany', { contactId: id, companyId });
      return c.json({ ok: true });
    });
}
