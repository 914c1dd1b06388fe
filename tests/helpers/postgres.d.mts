export interface TestPostgres {
  url: string;
  port: number;
  user: string;
  password: string;
  database: string;
  socketDir: string;
  createDatabase(name: string): string;
  stop(): Promise<void>;
}
export function postgresBin(): string | null;
export function postgresUnavailable(): string | null;
export function startPostgres(options?: { password?: string; user?: string; database?: string }): Promise<TestPostgres | null>;
