import { newId } from '../../shared/ids';

let counter = 0;

export function companyArgs(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    id: newId(),
    name: `Fjordline ${counter} AS`,
    website: `https://fjordline${counter}.example.no`,
    country: 'NO',
    ...overrides,
  };
}

export function contactArgs(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return { id: newId(), firstName: 'Ingrid', lastName: `Hansen${counter}`, email: `ingrid${counter}@example.no`, ...overrides };
}

export function pushBody(clientId: string, mutations: { name: string; args: unknown }[], firstId = 1) {
  return {
    protocolVersion: 1,
    clientId,
    mutations: mutations.map((m, i) => ({ mutationId: firstId + i, ...m })),
  };
}

/** The fields the server stamps on every record, for tests that put rows straight into a cache. */
export function cachedRecordBase(id: string = newId()) {
  return { id, workspaceId: 'w', createdAt: 0, updatedAt: 0, createdBy: 'u', updatedBy: 'u', deletedAt: null, version: 1 };
}
