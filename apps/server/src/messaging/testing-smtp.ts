import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  messageId: string;
  to: string[];
  raw: string;
}

/** How the test server answers each DATA command, by the count of messages seen so far. */
export type SmtpBehaviour = (attempt: number) => 'accept' | 'refuse' | 'hang';

/**
 * A real SMTP server (smtp-server) on a loopback port that records what it accepts and
 * can refuse (451) or hang on chosen attempts.
 */
export async function startTestSmtp(behaviour: SmtpBehaviour = () => 'accept') {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      attempts += 1;
      const chunks: Buffer[] = [];
      const mode = behaviour(attempts);
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (mode === 'hang') return;
        if (mode === 'refuse') {
          const error = new Error('Try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString();
        const messageId = raw.match(/^Message-ID:\s*(\S+)/im)?.[1] ?? '';
        received.push({
          messageId,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
