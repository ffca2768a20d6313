import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  from: string;
  to: string[];
  /** Lower-cased header names, values unfolded and decoded. */
  headers: Record<string, string>;
  subject: string;
  text: string;
};

type LocalSmtpOptions = {
  /** Refused at RCPT TO with 550, as a server refuses an unknown mailbox. */
  reject?: string[];
  /** Required credentials; without them any client may send. */
  auth?: { user: string; pass: string };
  /** After this many messages every sender is refused with 421, as a server that is shutting down. */
  refuseAfter?: number;
  /** Keep only the envelope (volume tests), not the decoded message. */
  envelopeOnly?: boolean;
};

/** A real SMTP server on 127.0.0.1 (plain text, no STARTTLS) that keeps what it receives. */
export async function startSmtpServer(options: LocalSmtpOptions = {}) {
  const received: ReceivedMail[] = [];
  let accepted = 0;
  const reject = new Set((options.reject ?? []).map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    hideSTARTTLS: true,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    // Loopback only: no DNS lookup of the client's name per connection.
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
      callback(
        ok ? null : Object.assign(new Error('Invalid credentials'), { responseCode: 535 }),
        ok ? { user: auth.username } : undefined,
      );
    },
    onMailFrom(_address, _session, callback) {
      accepted += 1;
      if (options.refuseAfter !== undefined && accepted > options.refuseAfter) {
        return callback(Object.assign(new Error('4.3.2 Service shutting down'), { responseCode: 421 }));
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (reject.has(address.address.toLowerCase())) {
        return callback(Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        received.push(
          options.envelopeOnly
            ? { ...envelope, headers: {}, subject: '', text: '' }
            : { ...envelope, ...parseMessage(Buffer.concat(chunks)) },
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';
  return {
    port,
    /** For SMTP_URL. */
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** Headers and the plain-text body of a single-part message, as nodemailer writes one. */
function parseMessage(raw: Buffer): Pick<ReceivedMail, 'headers' | 'subject' | 'text'> {
  const source = raw.toString('latin1');
  const split = source.indexOf('\r\n\r\n');
  const head = source.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const body = source.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'latin1');
  return { headers, subject: headers.subject ?? '', text: bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

function quotedPrintable(text: string): Buffer {
  const unwrapped = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped.slice(i + 1, i + 3);
    if (unwrapped[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(unwrapped.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`); the space between two of them is not text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, _charset: string, kind: string, data: string) =>
      (kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' '))).toString('utf8'),
    );
}
