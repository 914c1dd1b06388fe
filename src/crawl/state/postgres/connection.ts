/**
 * The connection to a shared crawl state: `--state postgres://…` (or KLIPING_STATE), the rest
 * from the standard PG* environment variables (PGHOST, PGUSER, PGPASSWORD, PGPASSFILE…) that
 * the client reads itself, so no password need be on a command line.
 */
import pg from 'pg';
import { redactedUrl, redactIn } from './secrets.js';

export { redactedUrl, redactIn, secretsOf, isPostgresState } from './secrets.js';

/** A database that cannot be used: one line for the user, the password already removed. */
export class StateUnavailableError extends Error {
  override name = 'StateUnavailableError';
}

/** Why a connection failed, in a few words (the client's codes for the usual ones). */
function connectReason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'cannot connect (connection refused: is PostgreSQL running there?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'cannot connect (host not found)';
    case 'ETIMEDOUT':
      return 'cannot connect (timed out)';
    case '28P01':
    case '28000':
      return 'cannot log in (wrong user name or password)';
    case '3D000':
      return `${e.message ?? 'database does not exist'}`;
    default:
      return e.message ? `cannot connect (${e.message})` : 'cannot connect';
  }
}

/** A pool on the state database; the first connection is made here so a bad one fails at once. */
export async function connectState(spec: string, options: { max?: number; application?: string; stalledTxMs?: number } = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: spec,
    // A worker stopped (SIGSTOP, a frozen VM) inside a commit would hold its host's row lock for ever: the server ends such a transaction.
    idle_in_transaction_session_timeout: options.stalledTxMs ?? 30_000,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    application_name: options.application ?? 'kliping',
  });
  // An idle client losing its server is told here, not thrown at the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StateUnavailableError(`${redactedUrl(spec)}: ${redactIn(connectReason(err), spec)}`);
  }
  return pool;
}

/** Run `work` in a transaction on one connection: committed when it returns true (or nothing), rolled back when false or on an error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, keep: (result: T) => boolean = () => true): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(keep(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
