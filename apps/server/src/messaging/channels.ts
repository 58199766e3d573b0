import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** One message ready to leave: the address and the rendered, personal-data-free text. */
export interface OutgoingMessage {
  /** The outbox row's idempotency key; it becomes the e-mail's Message-ID. */
  idempotencyKey: string;
  /** E-mail address, phone number or CPR-free Digital Post recipient id. */
  to: string;
  subject: string;
  body: string;
  /** An .ics file to attach (meetings). */
  calendar: string | null;
}

/** A way to reach people: e-mail, SMS, Digital Post, or a folder in development. */
export interface Channel {
  send(message: OutgoingMessage): Promise<void>;
}

/** The Message-ID of an outbox message: the same message always gets the same id. */
export function messageIdOf(idempotencyKey: string, domain: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`;
}

/** SMTP settings for e-mail. */
export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send without TLS (STARTTLS required). */
  requireTls: boolean;
  user?: string | undefined;
  password?: string | undefined;
  /** The sender, e.g. `Eksempelby Kommune <noreply@eksempelby.dk>`. */
  from: string;
  /** Seconds to wait for the server at each step. */
  timeoutSeconds?: number;
}

/** E-mail through an SMTP server (nodemailer). */
export function smtpChannel(options: SmtpOptions): Channel & { close(): void } {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: options.requireTls,
    ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
    connectionTimeout: (options.timeoutSeconds ?? 30) * 1000,
    greetingTimeout: (options.timeoutSeconds ?? 30) * 1000,
    socketTimeout: (options.timeoutSeconds ?? 30) * 1000,
  });
  const domain = options.from.match(/@([^>\s]+)/)?.[1] ?? 'trappen.invalid';
  return {
    send: async (message) => {
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: messageIdOf(message.idempotencyKey, domain),
        ...(message.calendar
          ? {
              icalEvent: { method: 'PUBLISH', filename: 'moede.ics', content: message.calendar },
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * An HTTP gateway for SMS or Digital Post: the message is POSTed as JSON with a bearer
 * token; any 2xx is delivered. No vendor SDK: each gateway's adapter maps this shape.
 */
export function httpGatewayChannel(url: string, token: string): Channel {
  return {
    send: async (message) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          id: message.idempotencyKey,
          to: message.to,
          subject: message.subject,
          body: message.body,
        }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) throw new Error(`gateway answered ${response.status}`);
    },
  };
}

/** Development: each message becomes a JSON file in `dir` (shown by the console's message page). */
export function folderChannel(dir: string): Channel {
  return {
    send: async (message) => {
      await mkdir(dir, { recursive: true });
      const name = `${createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 16)}.json`;
      await writeFile(join(dir, name), JSON.stringify(message, null, 2));
    },
  };
}
