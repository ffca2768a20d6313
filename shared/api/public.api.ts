import { z } from 'zod';
import { defineOperation, rawContent } from './operation';

const UnsubscribeParams = z.object({ token: z.string() });
const htmlPage = (description: string) => ({ description, content: rawContent(['text/html']) });
/** The recipient is a person with a browser: refusals are pages too, not the API's error shape. */
const refusalPages = {
  404: htmlPage('The link is not known (or is a retired one); nothing was changed'),
  429: htmlPage('Too many links opened from this address; Retry-After says when to try again'),
};

/**
 * Pages for people without an account: the token in the path is the secret, so anything but a
 * live token is a plain 404 page, never a 400 that describes what a token looks like.
 */
export const publicApi = {
  unsubscribePage: defineOperation({
    method: 'get',
    path: '/unsubscribe/{token}',
    summary:
      "A mailing's unsubscribe link: a page that asks (mail scanners open links); 404 page for an unknown link, 429 page past 30 requests a minute from one address",
    tags: ['mailings'],
    security: [],
    request: { params: UnsubscribeParams },
    responses: { 200: htmlPage('The question, or that the address is already unsubscribed'), ...refusalPages },
  }),
  unsubscribe: defineOperation({
    method: 'post',
    path: '/unsubscribe/{token}',
    summary:
      "Opt the link's address out of the sender's mailings (the page's button, or a mail client's one-click POST, RFC 8058)",
    tags: ['mailings'],
    security: [],
    request: { params: UnsubscribeParams },
    responses: { 200: htmlPage('The address is unsubscribed'), ...refusalPages },
  }),
  calendarFeed: defineOperation({
    method: 'get',
    path: '/calendar/{file}',
    summary: "A user's appointments and due tasks as iCalendar; `file` is `<token>.ics` from the feed's URL (404 otherwise)",
    tags: ['timeline'],
    security: [],
    request: { params: z.object({ file: z.string() }) },
    responses: { 200: { description: 'The calendar', content: rawContent(['text/calendar']) } },
  }),
};
