import "server-only";
import { sql } from "./sql";
import { SORT_COLUMNS, type SortKey } from "./placeholders";
import { getEm } from "./orm";

export async function occupancyReport(orgId: string, from: string, to: string, sort: SortKey, dir: "asc" | "desc", limit: number) {
  const orderBy = SORT_COLUMNS[sort] ?? SORT_COLUMNS.code;
  const direction = dir === "desc" ? "desc" : "asc";
  // ok: sql-injection
  return sql.unsafe(
    `select b.id, b.code,
            count(k.id) as bookings,
            coalesce(sum(k.ends_on - k.starts_on), 0) as occupied_nights,
            coalesce(sum(k.total_cents), 0) as revenue_cents
       from berths b
       left join bookings k on k.berth_id = b.id and k.status <> 'cancelled' and k.starts_on between $2 and $3
      where b.org_id = $1
      group by b.id, b.code
      order by ${orderBy} ${direction}
      limit ${Number(limit)}`,
    [orgId, from, to],
  );
}

/** Custom report builder (Reports → Build your own). groupBy comes from a <select>. */
export async function revenueBy(orgId: string, groupBy: string, year: number) {
  // ruleid: sql-injection
  return sql.unsafe(
    `select ${groupBy} as bucket, sum(amount_cents) as total
       from invoices where org_id = $1 and extract(year from due_on) = $2
      group by ${groupBy} order by 1`,
    [orgId, year],
  );
}

export async function agedDebtors(orgId: string, olderThanDays: number) {
  const em = await getEm();
  const knex = em.getKnex();
  // ruleid: sql-injection
  return knex.raw(`select o.id, o.name, sum(i.amount_cents) as owed
      from invoices i join owners o on o.id = i.owner_id
     where i.org_id = ? and i.status in ('open','overdue') and i.due_on < current_date - ${olderThanDays}
     group by o.id, o.name order by owed desc`, [orgId]);
}

export async function crewHours(orgId: string, month: string) {
  const em = await getEm();
  // ok: sql-injection
  return em.getKnex().raw(
    `select c.id, c.name, round(sum(extract(epoch from (s.ended_at - s.started_at)) / 3600)::numeric, 1) as hours
       from shifts s join crew_members c on c.id = s.crew_id
      where s.org_id = ? and to_char(s.started_at, 'YYYY-MM') = ?
      group by c.id, c.name`,
    [orgId, month],
  );
}
