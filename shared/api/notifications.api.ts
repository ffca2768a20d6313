import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const NotificationQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** Some of the caller's notifications by id, or every unread one. */
export const ReadBody = z.union([z.object({ ids: z.array(IdSchema).min(1).max(500) }), z.object({ all: z.literal(true) })]);

/** What a user should know about (a rating changed, a customer went bankrupt). */
export const NotificationSchema = z.object({
  id: z.string(),
  /** The company it is about, if any: opening the notification opens it. */
  companyId: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  createdAt: z.number(),
  readAt: z.number().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = z.object({ items: z.array(NotificationSchema), unread: z.number() });
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

const tags = ['notifications'];

/** The caller's own notifications; nobody else's are ever listed or marked. */
export const notificationsApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/notifications',
    summary: "The caller's notifications, newest first, with the unread count",
    tags,
    request: { query: NotificationQuery },
    responses: { 200: jsonAnswer(NotificationPageSchema) },
  }),
  read: defineOperation({
    method: 'post',
    path: '/api/notifications/read',
    summary: "Mark notifications read (ids that are not the caller's are passed over)",
    tags,
    request: { body: jsonBody(ReadBody) },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
