import type { CapturedCompany } from './captured';

/**
 * How an organisation appears in structured data: as a top-level item (or the page's
 * mainEntity), as the publisher/provider of the page, or nested inside something else (a seller
 * in an offer, a person's employer). Used to decide which one is the page's own organisation.
 */
export type OrgRole = 'top' | 'publisher' | 'nested';
export type OrgCandidate = { company: CapturedCompany; role: OrgRole; order: number };
