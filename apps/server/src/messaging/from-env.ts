import { join } from 'node:path';
import { type Channel, folderChannel, httpGatewayChannel, smtpChannel } from './channels';
import type { Channels } from './deliver';

/**
 * The channels the environment configures: e-mail through `SMTP_HOST` (with `SMTP_PORT`,
 * `SMTP_SECURE`, `SMTP_REQUIRE_TLS`, `SMTP_USER`, `SMTP_PASSWORD`, `MAIL_FROM`), SMS and
 * Digital Post through HTTP gateways (`SMS_GATEWAY_URL` / `_TOKEN`,
 * `DIGITAL_POST_GATEWAY_URL` / `_TOKEN`). Without `SMTP_HOST`, e-mails are written as
 * files to `MESSAGES_DIR` (default `<data dir>/messages`), for development and the demo.
 */
export function channelsFromEnv(
  env: NodeJS.ProcessEnv,
  dataDir: string,
): { channels: Channels; describe: string; close(): void } {
  const closers: (() => void)[] = [];
  let email: Channel;
  let describe: string;
  if (env.SMTP_HOST) {
    const port = Number(env.SMTP_PORT ?? 587);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`SMTP_PORT is not a port: ${env.SMTP_PORT}`);
    if (!env.MAIL_FROM) throw new Error('MAIL_FROM is required with SMTP_HOST');
    const smtp = smtpChannel({
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE === 'true' || port === 465,
      requireTls: env.SMTP_REQUIRE_TLS !== 'false',
      user: env.SMTP_USER,
      password: env.SMTP_PASSWORD,
      from: env.MAIL_FROM,
    });
    closers.push(smtp.close);
    email = smtp;
    describe = `e-mail through ${env.SMTP_HOST}:${port}`;
  } else {
    const dir = env.MESSAGES_DIR || join(dataDir, '..', 'messages');
    email = folderChannel(dir);
    describe = `e-mails written to ${dir} (no SMTP_HOST)`;
  }
  const channels: Channels = { email };
  if (env.SMS_GATEWAY_URL)
    channels.sms = httpGatewayChannel(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN ?? '');
  if (env.DIGITAL_POST_GATEWAY_URL)
    channels.digitalPost = httpGatewayChannel(
      env.DIGITAL_POST_GATEWAY_URL,
      env.DIGITAL_POST_GATEWAY_TOKEN ?? '',
    );
  return {
    channels,
    describe,
    close: () => {
      for (const close of closers) close();
    },
  };
}
