import type { MutationContext } from './mutation';
import { MutationError } from './mutation-error';

/** Workspace settings (lists, field definitions) are the admins' to change. */
export function requireAdmin(ctx: MutationContext) {
  if (ctx.role !== 'admin') throw new MutationError('forbidden', { key: 'errors.admin.settings' });
}
