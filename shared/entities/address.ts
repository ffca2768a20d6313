import { z } from 'zod';
import { clearableText } from './base';

export const AddressSchema = z.object({
  street: clearableText(200).optional(),
  postalCode: clearableText(20).optional(),
  city: clearableText(100).optional(),
  region: clearableText(100).optional(),
  country: clearableText(2).optional(),
});
export type Address = z.infer<typeof AddressSchema>;
