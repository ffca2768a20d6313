import type { Address } from '../../../shared/entities/address';
import type { Company } from '../../../shared/entities/company';
import { addressLines } from './company-format';

type CompanyAddressesProps = { company: Company };

export function CompanyAddresses({ company }: CompanyAddressesProps) {
  const addresses: [string, string, Address | null][] = [
    ['address', 'Visit', company.address],
    ['postalAddress', 'Postal', company.postalAddress],
    ['invoiceAddress', 'Invoice', company.invoiceAddress],
  ];
  return (
    <div class="card span-all">
      <h2>Addresses</h2>
      <div class="addresses">
        {addresses.map(([name, label, address]) => {
          const lines = addressLines(address);
          return (
            <div key={name}>
              <h3>{label}</h3>
              {lines.length > 0 ? (
                <address data-testid={`fact-${name}`}>
                  {lines.map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </address>
              ) : (
                <p class="muted small">Not set</p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
