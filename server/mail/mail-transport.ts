import { createTransport } from 'nodemailer';
import type { Env } from '../env';

export type OutgoingMail = {
  /** Unique per message: its Message-ID is `<id@sender's domain>`, so a bounce can be traced to its recipient row. */
  id: string;
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  headers?: Record<string, string>;
};

/** Sends plain-text messages over SMTP; opened for one run and closed after it, so no connection idles. */
export type MailTransport = {
  /** `host:port`, for error messages (never the credentials). */
  readonly server: string;
  /** Connects and signs in once: a wrong host, port or password fails here, before anything is written. */
  verify(): Promise<void>;
  /** Resolves when the server accepted the message; throws a `MailSendError`. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/**
 * A failed send. `recipientOnly` when the server refused this recipient or message (the rest can
 * still go); otherwise the connection, sign-in or sender was refused and nothing else will go either.
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly recipientOnly: boolean,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

export function mailConfigured(env: Env): boolean {
  return Boolean((env.SMTP_URL || env.SMTP_HOST) && env.MAIL_FROM);
}

/** Opens a pooled SMTP transport from the configuration; null when mail is not configured. */
export function openMailTransport(env: Env): MailTransport | null {
  if (!mailConfigured(env)) return null;
  const common = {
    pool: true as const,
    // Nodemailer checks its rate limit as a connection frees up, so several connections would
    // each send a message past the limit: a limited pool keeps to one.
    maxConnections: env.MAIL_RATE_LIMIT ? 1 : 5,
    // The defaults wait two minutes for a server that never answers.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    // Messages are our own plain text: never let a field make nodemailer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    // The pool waits out the period once the count is reached.
    ...(env.MAIL_RATE_LIMIT && { rateLimit: env.MAIL_RATE_LIMIT.count, rateDelta: env.MAIL_RATE_LIMIT.ms }),
  };
  const secure = env.SMTP_SECURE;
  const options = env.SMTP_URL
    ? { ...common, url: env.SMTP_URL }
    : {
        ...common,
        host: env.SMTP_HOST,
        port: env.SMTP_PORT ?? (secure ? 465 : 587),
        secure,
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      };
  const transporter = createTransport(options, { from: env.MAIL_FROM });
  const server = serverName(env);
  const domain = /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM!)?.[1] ?? 'fjord.invalid';
  return {
    server,
    verify: async () => {
      try {
        await transporter.verify();
      } catch (err) {
        throw new MailSendError(`The SMTP server ${server} could not be used: ${describe(err)}`, false);
      }
    },
    send: async (mail) => {
      try {
        const { id, ...message } = mail;
        await transporter.sendMail({ ...message, messageId: `<${id}@${domain}>` });
      } catch (err) {
        const { command, code } = err as { command?: string; code?: string };
        throw new MailSendError(describe(err), command === 'RCPT TO' || command === 'DATA' || code === 'EMESSAGE');
      }
    },
    close: () => transporter.close(),
  };
}

function serverName(env: Env): string {
  if (!env.SMTP_URL) return `${env.SMTP_HOST}:${env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587)}`;
  const url = new URL(env.SMTP_URL);
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
}

/** The server's own answer when there is one ("550 5.1.1 No such user"), else nodemailer's message. */
function describe(err: unknown): string {
  const { response, message, code } = err as { response?: string; message?: string; code?: string };
  return (response ?? message ?? String(err)).trim() + (code && !response ? ` (${code})` : '');
}
