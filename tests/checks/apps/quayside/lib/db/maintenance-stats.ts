import "server-only";
import { getEm } from "./orm";

/** Open tickets per berth for the maintenance board header. */
export async function openTicketsByBerth(orgId: string, priority?: string) {
  const em = await getEm();
  const filter = priority ? ` and t.priority = '${priority}'` : "";
  // ruleid: sql-injection
  return em.getConnection().execute(
    `select b.code, count(t.id)::int as open
       from maintenance_tickets t join berths b on b.id = t.berth_id
      where t.org_id = ? and t.status <> 'done'` + filter + ` group by b.code order by open desc`,
    [orgId],
  );
}

export async function overdueTicketCount(orgId: string) {
  const em = await getEm();
  // ok: sql-injection
  const [row] = await em.getConnection().execute(
    `select count(*)::int as n from maintenance_tickets where org_id = ? and status <> 'done' and created_at < now() - interval '14 days'`,
    [orgId],
  );
  return row.n as number;
}
