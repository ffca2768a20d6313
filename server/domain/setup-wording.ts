import type { ErrorText } from '../../shared/mutations/error-text';
import type { AuthContext } from '../deps';
import type { Wording } from '../i18n/wording';
import type { FailureWording } from '../registers/registers';

/**
 * Server setup (which variable to set, which contract to sign) is the admins' business: they get
 * the detail, in Settings; anyone else is told, calmly, whom to ask. The one place that decides,
 * so no route can hand a salesperson an environment variable name.
 */
export function setupWording(auth: AuthContext, detail: Wording, askAdmin: ErrorText): Wording {
  return auth.role === 'admin' ? detail : askAdmin;
}

export const registerAskAdmin = (register: string): ErrorText => ({
  key: 'errors.registers.notSetUpAskAdmin',
  values: { register },
});

export const creditAskAdmin = (name: string): ErrorText => ({ key: 'errors.credit.notSetUpAskAdmin', values: { name } });

/** A register search's or lookup's failures as this caller may read them. */
export function failuresFor(auth: AuthContext, failures: FailureWording[]): FailureWording[] {
  return failures.map((f) => (f.setup ? { ...f, message: setupWording(auth, f.message, registerAskAdmin(f.register)) } : f));
}
