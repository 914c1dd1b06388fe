/**
 * A connection string's secrets kept out of sight: every place that names the database
 * (logs, errors, progress, --status) shows `redactedUrl`, and any text the client made is
 * passed through `redactIn`. No database client is loaded here.
 */

/** A state that is a PostgreSQL connection string (postgres:// or postgresql://). */
export function isPostgresState(spec: string | undefined | null): spec is string {
  return typeof spec === 'string' && /^postgres(?:ql)?:\/\//i.test(spec.trim());
}

/** The connection string with its password (and any password= parameter) replaced by ***. */
export function redactedUrl(spec: string): string {
  // The user-info by hand first: a password with an unescaped '/' or '#' would otherwise be read as a path or a port.
  const login = LOGIN.exec(spec);
  const hidden = login ? `${login[1]}${login[2]}:***@${spec.slice(login[0].length)}` : spec;
  let url: URL;
  try {
    url = new URL(hidden);
  } catch {
    // Not parseable: show the scheme only, the rest may hold a password.
    return spec.replace(/^(postgres(?:ql)?:\/\/).*$/i, '$1…');
  }
  for (const key of [...url.searchParams.keys()]) if (/pass/i.test(key)) url.searchParams.set(key, '***');
  return url.toString().replace(/%2A%2A%2A/g, '***');
}

/** scheme://user:password@ — the password up to the last '@' before the host. */
const LOGIN = /^(postgres(?:ql)?:\/\/)([^:@/]*):(.*)@(?=[^@]*$)/i;

/** Remove a known password from any text (an error message the client made, say). */
export function redactIn(text: string, spec: string): string {
  let out = text.split(spec).join(redactedUrl(spec));
  for (const secret of secretsOf(spec)) out = out.split(secret).join('***');
  return out;
}

/** The secrets a connection string (and the environment) carries: its password, password parameters, PGPASSWORD. */
export function secretsOf(spec: string): string[] {
  const secrets: string[] = [];
  const login = LOGIN.exec(spec);
  if (login?.[3]) {
    secrets.push(login[3]);
    try {
      secrets.push(decodeURIComponent(login[3]));
    } catch {
      // not %-encoded
    }
  }
  try {
    for (const [key, value] of new URL(spec).searchParams) if (/pass/i.test(key) && value) secrets.push(value);
  } catch {
    // nothing more to take out
  }
  if (process.env.PGPASSWORD) secrets.push(process.env.PGPASSWORD);
  return [...new Set(secrets)].filter((s) => s.length > 0);
}
