import { contactsApi } from '../../shared/api/contacts.api';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { companiesOfContact, getContact } from './contacts.queries';

/** A contact's card, create, change and delete, its flags, and its links to companies. */
export function contactsRoutes(deps: Deps) {
  const found = async (workspaceId: string, id: string) => {
    const contact = await getContact(deps.db, workspaceId, id);
    if (!contact) throw new AppError(404, 'notFound', { key: 'errors.notFound.contact' });
    return contact;
  };
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(contactsApi.get, auth), async (c) => {
      const { workspaceId } = c.get('auth');
      const contact = await found(workspaceId, c.req.valid('param').id);
      return c.json({ contact, companies: await companiesOfContact(deps.db, workspaceId, contact.id) }, 200);
    })
    .openapi(route(contactsApi.create, auth), async (c) => {
      const body = c.req.valid('json');
      const id = body.id ?? newId();
      await runMutation(deps, c.get('auth'), 'contact.create', { ...body, id });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .openapi(route(contactsApi.update, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.update', { id, patch: c.req.valid('json') });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(contactsApi.remove, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.delete', { id });
      return c.json({ ok: true as const }, 200);
    })
    .openapi(route(contactsApi.setPrivateCustomer, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.setPrivateCustomer', { id, ...c.req.valid('json') });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(contactsApi.setEmailAccess, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.setEmailAccess', { id, ...c.req.valid('json') });
      return c.json({ contact: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(contactsApi.linkCompany, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.linkCompany', { id: newId(), contactId: id, ...c.req.valid('json') });
      return c.json({ companies: await companiesOfContact(deps.db, c.get('auth').workspaceId, id) }, 201);
    })
    .openapi(route(contactsApi.unlinkCompany, auth), async (c) => {
      const { id, companyId } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'contact.unlinkCompany', { contactId: id, companyId });
      return c.json({ ok: true as const }, 200);
    });
}
