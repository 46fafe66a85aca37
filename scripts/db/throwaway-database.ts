import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A fresh, uniquely named database on the server of `serverUrl` (for tests and benchmarks):
 * the caller gets its URL and must call `drop()` when done.
 */
export async function createThrowawayDatabase(
  serverUrl: string,
  prefix = "portal_test",
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // FORCE (PostgreSQL 13+) ends sessions a leaked pool may still hold.
    async drop() {
      await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}
