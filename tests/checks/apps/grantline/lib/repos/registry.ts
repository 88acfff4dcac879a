import { registryDb } from "@/lib/db/sqlite";

export function lookupEin(ein: string) {
  // ok: sql-injection
  return registryDb.prepare("SELECT ein, name, state, status FROM charities WHERE ein = ?").get(ein) as
    | { ein: string; name: string; state: string | null; status: number }
    | undefined;
}

export function searchCharities(name: string, state?: string) {
  const stateClause = state ? ` AND state = '${state}'` : "";
  // ruleid: sql-injection
  return registryDb.prepare(`SELECT ein, name, state FROM charities WHERE name LIKE ?${stateClause} LIMIT 25`).all(`%${name}%`);
}
