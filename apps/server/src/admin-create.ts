import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { eq, hashPassword, municipalities, or, sql, users } from '@trappen/db';
import { readConfig } from './config';
import { openDatabase, SchemaMismatchError } from './open-database';

// `pnpm admin:create -- --email … --municipality …`: the first administrator of a
// municipality (creating the municipality when it is new), on a production database
// that has no demo users.
const USAGE = `Usage: pnpm admin:create -- --email <e-mail> --municipality <name> [options]
Creates an administrator (opretter en administrator) in DATABASE_URL, or the embedded database.
  --email <e-mail>        the administrator's login
  --name <name>           display name (default: the e-mail)
  --municipality <name>   the municipality, by name or four-digit code
  --code <dddd>           the municipality's official code, when it is new
  --inhabitants <n>       its number of inhabitants, when it is new
  --password-stdin        read the password from standard input (else one is generated and shown once)
  --help                  this text`;

/** Fails with a message in Danish and English, naming the field and value. */
function fail(da: string, en: string): never {
  console.error(`${da}\n${en}\n\n${USAGE}`);
  process.exit(1);
}

let values: Record<string, string | boolean | undefined>;
try {
  // pnpm 10 passes the `--` of `pnpm admin:create -- --email …` on; it would end the options.
  const argv = process.argv.slice(2);
  ({ values } = parseArgs({
    args: argv[0] === '--' ? argv.slice(1) : argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      municipality: { type: 'string' },
      code: { type: 'string' },
      inhabitants: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(
    `Ukendt eller ufuldstændigt argument: ${(error as Error).message}`,
    (error as Error).message,
  );
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const email = String(values.email ?? '')
  .trim()
  .toLowerCase();
const municipalityName = String(values.municipality ?? '').trim();
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
  fail(
    `--email: ${JSON.stringify(values.email ?? '')} er ikke en e-mailadresse.`,
    `--email: ${JSON.stringify(values.email ?? '')} is not an e-mail address.`,
  );
if (!municipalityName)
  fail(
    '--municipality mangler: kommunens navn eller kode.',
    '--municipality is missing: the municipality’s name or code.',
  );

async function readPassword(): Promise<{ password: string; generated: boolean }> {
  if (!values['password-stdin'])
    return { password: randomBytes(15).toString('base64url'), generated: true };
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const password = input.replace(/\r?\n$/, '');
  if (password.length < 12 || password.length > 200)
    fail(
      `Adgangskoden skal have 12 til 200 tegn (fik ${password.length}).`,
      `The password must have 12 to 200 characters (got ${password.length}).`,
    );
  return { password, generated: false };
}

const { password, generated } = await readPassword();
let handle: Awaited<ReturnType<typeof openDatabase>>;
try {
  handle = await openDatabase(readConfig());
} catch (error) {
  if (error instanceof SchemaMismatchError)
    fail(`Databasen passer ikke: ${error.message}`, error.message);
  throw error;
}
try {
  const db = handle.db;
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken)
    fail(
      `--email: der findes allerede en bruger med ${email}.`,
      `--email: a user with ${email} already exists.`,
    );
  let [municipality] = await db
    .select({ id: municipalities.id, name: municipalities.name })
    .from(municipalities)
    .where(
      or(
        sql`lower(${municipalities.name}) = lower(${municipalityName})`,
        eq(municipalities.code, municipalityName),
      ),
    );
  if (!municipality) {
    const code = String(values.code ?? '');
    const inhabitants = Number(values.inhabitants);
    if (!/^\d{4}$/.test(code))
      fail(
        `--code: kommunen ${JSON.stringify(municipalityName)} findes ikke endnu; angiv dens firecifrede kode (fik ${JSON.stringify(code)}).`,
        `--code: the municipality ${JSON.stringify(municipalityName)} does not exist yet; give its four-digit code (got ${JSON.stringify(code)}).`,
      );
    if (!Number.isInteger(inhabitants) || inhabitants <= 0)
      fail(
        `--inhabitants: angiv kommunens indbyggertal som et positivt heltal (fik ${JSON.stringify(values.inhabitants ?? '')}).`,
        `--inhabitants: give the municipality's number of inhabitants as a positive whole number (got ${JSON.stringify(values.inhabitants ?? '')}).`,
      );
    municipality = { id: randomUUID(), name: municipalityName };
    await db.insert(municipalities).values({ ...municipality, code, inhabitants });
  }
  await db.insert(users).values({
    id: randomUUID(),
    municipalityId: municipality.id,
    email,
    displayName: String(values.name ?? email),
    role: 'administrator',
    passwordHash: await hashPassword(password),
  });
  console.log(
    `Administrator ${email} oprettet i ${municipality.name} / created in ${municipality.name}.`,
  );
  if (generated) console.log(`Adgangskode / password (vises kun nu / shown only now): ${password}`);
} finally {
  await handle.close();
}
