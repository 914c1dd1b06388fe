/**
 * The HTTP client (undici) loads on the first fetch: a command that reads local files never
 * pays for it, and the CLI closes its keep-alive sockets only if it was used.
 */
type Client = typeof import('./client.js');

let client: Promise<Client> | null = null;

export function loadClient(): Promise<Client> {
  client ??= import('./client.js');
  return client;
}

export async function closeClientIfLoaded(): Promise<void> {
  if (client) await (await client).closeDefaultAgents();
}

/** Fetch one page politely and safely (see client.ts), loading the client on first use. */
export async function fetchUrl(url: string, options?: import('./client.js').FetchOptions): Promise<import('./client.js').FetchedResponse> {
  return (await loadClient()).fetchUrl(url, options);
}
