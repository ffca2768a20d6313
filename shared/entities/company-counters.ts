import { z } from 'zod';

/** What lists and cards show on every company (issue 3): work in progress and money this year. */
export const CompanyCountersSchema = z.object({
  /** Projects arrive with a later issue; until then there are none to count. */
  activeProjects: z.number().int(),
  /** Tasks arrive with the activities issue; until then there are none to count. */
  openTasks: z.number().int(),
  unsignedAgreements: z.number().int(),
  /** Invoiced this calendar year, in minor units per currency (most companies have one). */
  invoicedThisYear: z.record(z.string(), z.number().int()),
});
export type CompanyCounters = z.infer<typeof CompanyCountersSchema>;
