/**
 * The last check before a request leaves: a worker's HTTP dispatcher refuses to send to a
 * leased host once its lease is no longer surely held by this process's own clock. A worker
 * stopped (SIGSTOP, a frozen VM) after its permit, while its request was on the way out,
 * resumes with its clock past that time: the request is refused there, not sent beside the one
 * of the worker that has the host now. Checked when the request is handed to undici, when a new
 * connection is made, and at every write to the connection (undici may write a request some
 * time after it was handed over).
 */
import { performance } from 'node:perf_hooks';
import { Agent, buildConnector, type Dispatcher } from 'undici';

/** Not sent: the lease may have run out while this worker was away (asked again before the next request). */
export class LeaseUnsure extends Error {}

/** host[:port] as URL.host has it (the default port left out). */
function hostKey(hostname: string, port: string | number | undefined, protocol: string | undefined): string {
  const p = port === undefined || port === '' ? '' : String(port);
  const isDefault = (protocol === 'https:' && p === '443') || (protocol === 'http:' && p === '80');
  return p && !isDefault ? `${hostname}:${p}` : hostname;
}

export function leaseCheckedDispatcher(
  leases: ReadonlyMap<string, { readonly validUntil: number }>,
  options: { connectTimeoutMs: number; connections: number; base?: Dispatcher },
): Dispatcher {
  const check = (host: string) => {
    const lease = leases.get(host);
    if (lease && performance.now() > lease.validUntil) throw new LeaseUnsure(`${host}: not sent, the lease may have run out meanwhile`);
  };
  let base = options.base;
  if (!base) {
    const connector = buildConnector({ timeout: options.connectTimeoutMs });
    base = new Agent({
      connections: options.connections,
      connect: (opts, callback) =>
        connector(opts, (err, socket) => {
          if (err) return callback(err, null);
          const host = hostKey(opts.hostname, opts.port, opts.protocol);
          try {
            check(host);
          } catch (refused) {
            socket.destroy();
            return callback(refused as Error, null);
          }
          // undici may write a request a while after it was handed over (other work of this process in
          // between): the lease is checked again at the write itself. A refused write ends the connection
          // before a byte of the request leaves; the request fails and its URL stays to do.
          const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
          socket.write = ((...args: unknown[]) => {
            try {
              check(host);
            } catch (refused) {
              socket.destroy(refused as Error);
              return false;
            }
            return write(...args);
          }) as typeof socket.write;
          callback(null, socket);
        }),
    });
  }
  return base.compose((dispatch) => (opts, handler) => {
    check(new URL(String(opts.origin)).host);
    return dispatch(opts, handler);
  });
}
