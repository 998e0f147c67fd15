/** argon2's native module, loaded on the first password to hash or check: only team accounts have passwords. */
const argon2 = () => import('@node-rs/argon2');

/** Long enough to resist guessing at the login's rate limit; passphrases are welcome. */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 reads all of it; a bound keeps one login from costing the server much. */
export const MAX_PASSWORD_LENGTH = 1_000;

/** Why a password cannot be used, or null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password is ${password.length} characters long; use at least ${MIN_PASSWORD_LENGTH} (a few unrelated words make a good one).`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `The password is longer than ${MAX_PASSWORD_LENGTH} characters; use a shorter one.`;
  return null;
}

/** An argon2id hash (the library's default variant) with its salt and parameters, in PHC string form. */
export async function hashPassword(password: string): Promise<string> {
  const { hash } = await argon2();
  return hash(password);
}

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  const { verify } = await argon2();
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to check against when the name is unknown, so a wrong name takes as long as a wrong password. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('not a password anyone has');
  return decoy;
}
