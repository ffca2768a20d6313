import { z } from 'zod';
import { REGISTER_COUNTRIES, RegisterCountrySchema } from '../registers/register-company';
import { defineOperation, jsonAnswer, jsonBody } from './operation';

export const RegisterSettingsBody = z.object({
  countries: z
    .array(RegisterCountrySchema)
    .max(REGISTER_COUNTRIES.length)
    .transform((list) => [...new Set(list)]),
});

const CountriesAnswer = z.object({ countries: z.array(RegisterCountrySchema) });

/** One register and what this server can do with it. */
const RegisterStateSchema = z.object({
  country: RegisterCountrySchema,
  name: z.string(),
  mirrored: z.boolean(),
  /** The local mirror: when imported, whether the server keeps it current, when it last did, its last failure. */
  mirror: z
    .object({
      importedAt: z.number().nullable(),
      checkedAt: z.number().nullable(),
      lastError: z.string().nullable(),
      followed: z.boolean(),
    })
    .nullable(),
  /** Why the live register cannot be asked (a key missing), or null: the setup detail for admins, whom to ask for others. */
  unavailable: z.string().nullable(),
  searchesByName: z.boolean(),
});

export const RegisterSettingsSchema = CountriesAnswer.extend({
  /** The reader is an admin, who sees the setup detail and can fix it in Settings. */
  canSetUp: z.boolean(),
  registers: z.array(RegisterStateSchema),
});
export type RegisterSettings = z.infer<typeof RegisterSettingsSchema>;

const tags = ['registers'];

/** Which registers the workspace's company search asks by default (admins choose), and what this server can reach. */
export const registerSettingsApi = {
  get: defineOperation({
    method: 'get',
    path: '/api/settings/registers',
    summary: "The workspace's default registers and what this server can reach",
    tags,
    responses: { 200: jsonAnswer(RegisterSettingsSchema) },
  }),
  update: defineOperation({
    method: 'put',
    path: '/api/settings/registers',
    summary: "Choose the workspace's default registers (admins)",
    tags,
    request: { body: jsonBody(RegisterSettingsBody) },
    responses: { 200: jsonAnswer(CountriesAnswer) },
  }),
};
