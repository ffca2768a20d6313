import type { CreditRating } from '../../shared/credit/credit-rating';
import { CREDIT_PROVIDER_NAMES } from '../../shared/credit/credit-rating';
import { RegisterCountrySchema, type RegisterCompany } from '../../shared/registers/register-company';
import { RegisterError, type RegisterProvider } from '../registers/register-provider';
import { CreditError, type CallOptions, type CreditProvider, type RatedCompany } from './credit-provider';

/**
 * A rating that needs no contract: the register's own flags. A bankrupt or deleted company is E,
 * liquidation (voluntary or compulsory) D, a company the VAT or employer register does not know
 * (where the register says) C; otherwise A. It has no score or credit limit.
 */
export class PublicSignalsProvider implements CreditProvider {
  readonly id = 'publicSignals' as const;
  readonly name = CREDIT_PROVIDER_NAMES.publicSignals;
  readonly unavailable = null;

  constructor(
    private readonly registers: ReadonlyMap<string, RegisterProvider>,
    readonly callsPerWindow: number,
  ) {}

  async rate(company: RatedCompany, { signal, take }: CallOptions): Promise<CreditRating | null> {
    const country = RegisterCountrySchema.safeParse(company.country);
    const register = country.success ? this.registers.get(country.data) : undefined;
    if (!register || !company.orgNumber)
      throw new CreditError(this.name, 'unsupported', { key: 'errors.credit.publicSignalsNeedOrgNumber' });
    if (register.unavailable) throw new CreditError(this.name, 'missingKey', register.unavailable);
    let unit: RegisterCompany | null;
    try {
      // One budget unit per lookup: the registers' open APIs limit far above what monitoring asks.
      await take();
      unit = await register.lookup(company.orgNumber, signal);
    } catch (err) {
      if (err instanceof RegisterError)
        throw new CreditError(this.name, err.kind === 'malformed' ? 'malformed' : 'down', err.wording);
      throw err;
    }
    return unit ? publicSignalsRating(unit, new Date().toISOString().slice(0, 10)) : null;
  }
}

export function publicSignalsRating(unit: RegisterCompany, today: string): CreditRating {
  const f = unit.flags;
  const flags: Record<string, boolean> = {
    bankrupt: f.bankrupt,
    dissolving: f.dissolving,
    forcedDissolution: f.forcedDissolution,
    deleted: f.deleted,
  };
  // Only where the register says: "unknown" is no signal.
  if (f.vatRegistered !== null) flags.notVatRegistered = !f.vatRegistered;
  if (f.employerRegistered !== null) flags.notEmployerRegistered = !f.employerRegistered;
  const ratingClass =
    f.bankrupt || f.deleted
      ? 'E'
      : f.dissolving || f.forcedDissolution
        ? 'D'
        : flags.notVatRegistered || flags.notEmployerRegistered
          ? 'C'
          : 'A';
  return { provider: 'publicSignals', score: null, ratingClass, creditLimit: null, currency: null, ratedOn: today, flags };
}
