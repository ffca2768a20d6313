import { isMutationName, mutationDefinition } from '../../shared/mutations/registry';
import { PROTOCOL_VERSION, PushRequestSchema } from '../../shared/sync/protocol';
import type { ParsedMutation } from '../domain/apply-mutations';
import { AppError, type ErrorIssue } from '../http/app-error';
import { inputIssues, invalidInput, invalidIssues } from '../http/validate';

/**
 * Validates the whole push before anything is written: an unknown name or bad args anywhere
 * rejects the request with every offending path (`mutations.3.args.name`), and writes nothing.
 * The client checks args with the same schemas before queueing, so this only trips on a client
 * of another version or a hand-made request.
 */
export function parsePush(body: unknown): { clientId: string; mutations: ParsedMutation[] } {
  const envelope = PushRequestSchema.safeParse(body);
  if (!envelope.success) throw invalidInput(envelope.error, body);
  const { protocolVersion, clientId, mutations } = envelope.data;
  if (protocolVersion !== PROTOCOL_VERSION) {
    throw new AppError(400, 'clientTooOld', {
      key: 'errors.sync.unsupportedProtocol',
      values: { version: String(protocolVersion), current: String(PROTOCOL_VERSION) },
    });
  }
  const issues: ErrorIssue[] = [];
  const parsed: ParsedMutation[] = [];
  mutations.forEach((m, i) => {
    if (i > 0 && m.mutationId <= mutations[i - 1]!.mutationId) {
      issues.push({ path: ['mutations', i, 'mutationId'], message: { key: 'errors.sync.idsIncrease' } });
    }
    if (!isMutationName(m.name)) {
      issues.push({ path: ['mutations', i, 'name'], message: { key: 'errors.sync.unknownMutation', values: { name: m.name } } });
      return;
    }
    const args = mutationDefinition(m.name).args.safeParse(m.args);
    if (!args.success) issues.push(...inputIssues(args.error, m.args, ['mutations', i, 'args']));
    else parsed.push({ mutationId: m.mutationId, name: m.name, args: args.data });
  });
  if (issues.length > 0) throw invalidIssues('errors.input.invalidPush', issues);
  return { clientId, mutations: parsed };
}
