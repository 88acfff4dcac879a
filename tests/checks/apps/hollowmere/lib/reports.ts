import "server-only";
import { sql } from "@/lib/db";

const SORTABLE = { created: "t.created_at", status: "t.status", category: "t.category" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function ticketAgeReport(buildingId: string, sort: SortKey, desc: boolean) {
  const column = SORTABLE[sort] ?? SORTABLE.created;
  const direction = desc ? "desc" : "asc";
  // ok: sql-injection
  return sql.unsafe(
    `select t.id, t.title, t.status, t.category, now() - t.created_at as age
       from tickets t where t.building_id = $1 order by ${column} ${direction} limit 500`,
    [buildingId],
  );
}

export async function spendByContractor(buildingId: string, year: number) {
  const y = Number(year) | 0;
  // ok: sql-injection
  return sql.unsafe(
    `select c.company_name, sum(i.amount_cents)::int as total
       from invoices i join contractors c on c.id = i.contractor_id
      where i.building_id = $1 and extract(year from i.issued_at) = ${y}
      group by c.company_name order by total desc`,
    [buildingId],
  );
}

export async function searchTickets(buildingId: string, term: string) {
  // ruleid: sql-injection
  return sql.unsafe(
    `select id, title, status from tickets where building_id = '${buildingId}' and title ilike '%${term}%' limit 50`,
  );
}

export async function duesArrears(buildingId: string, minMonths: number) {
  // ok: sql-injection
  return sql`
    select u.unit, count(*)::int as months_owed
      from dues_charges d join memberships u on u.id = d.membership_id
     where d.building_id = ${buildingId} and d.paid_at is null
     group by u.unit having count(*) >= ${minMonths}
  `;
}

export async function unitHistory(buildingId: string, unit: string) {
  // ruleid: sql-injection
  return sql.unsafe(
    "select id, title, status, created_at from tickets where building_id = $1 and unit = '" + unit + "' order by created_at desc",
    [buildingId],
  );
}
