import type { Address } from '../../../shared/entities/address';
import type { Company } from '../../../shared/entities/company';
import { addressLines } from './company-format';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompanyAddressesProps = { company: Company };

export function CompanyAddresses({ company }: CompanyAddressesProps) {
  const { t } = useI18n();
  const addresses: [string, MessageKey, Address | null][] = [
    ['address', 'companies.addresses.visit', company.address],
    ['postalAddress', 'companies.addresses.postal', company.postalAddress],
    ['invoiceAddress', 'companies.addresses.invoice', company.invoiceAddress],
  ];
  return (
    <div class="card span-all">
      <h2>{t('companies.addresses.title')}</h2>
      <div class="addresses">
        {addresses.map(([name, label, address]) => {
          const lines = addressLines(address);
          return (
            <div key={name}>
              <h3>{t(label)}</h3>
              {lines.length > 0 ? (
                <address data-testid={`fact-${name}`}>
                  {lines.map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </address>
              ) : (
                <p class="muted small">{t('common.notSet')}</p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
