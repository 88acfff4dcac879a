import "server-only";
import { sql } from "./sql";
import { inList } from "./placeholders";
import { getEm } from "./orm";

/** Console omnibox: owners, boats, bookings. */
export async function searchOwners(orgId: string, term: string) {
  // ok: sql-injection
  return sql.unsafe(
    `select id, name, email from owners where org_id = $1 and (name ilike $2 or email ilike $2) order by name limit 20`,
    [orgId, `%${term}%`],
  );
}

export async function searchBoats(orgId: string, term: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select id, name, registration from boats where org_id = $1 and name ilike '%${term}%' limit 20`, [orgId]);
}

export async function bookingsByIds(orgId: string, ids: string[]) {
  // ok: sql-injection
  return sql.unsafe(
    `select id, starts_on, ends_on, status from bookings where org_id = $1 and id in (${inList(ids, 1)})`,
    [orgId, ...ids],
  );
}

export async function ticketsByStatus(orgId: string, statuses: string[]) {
  const list = statuses.map((s) => `'${s}'`).join(",");
  const em = await getEm();
  // ruleid: sql-injection
  return em.execute(`select id, title, status from maintenance_tickets where org_id = '${orgId}' and status in (${list})`);
}

export async function recentPayments(orgId: string, days: number) {
  const safeDays = Math.min(Math.max(Math.trunc(Number(days)) || 30, 1), 365);
  const em = await getEm();
  // ok: sql-injection
  return em.execute(
    `select id, amount_cents, status, created_at from payments where org_id = ? and created_at > now() - interval '${safeDays} days'`,
    [orgId],
  );
}
