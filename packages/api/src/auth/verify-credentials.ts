import { type Database, eq, municipalities, users, verifyPassword } from '@trappen/db';

// Checked when the e-mail is unknown, so both failures take about as long (no user enumeration).
const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * The id of the active user with this e-mail and password, or `null` — also when the
 * user's municipality has turned local passwords off (it logs in through OIDC only).
 */
export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
): Promise<string | null> {
  const [user] = await db
    .select({
      id: users.id,
      hash: users.passwordHash,
      disabled: users.disabled,
      passwordLogin: municipalities.passwordLogin,
    })
    .from(users)
    .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(eq(users.email, email.toLowerCase()));
  const ok = await verifyPassword(password, user?.hash ?? DUMMY_HASH);
  return ok && user && !user.disabled && user.passwordLogin ? user.id : null;
}
