import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

const GROUPINGS = { month: "date_trunc('month', created_at)", week: "date_trunc('week', created_at)" } as const;

export async function revenueByPeriod(agencyId: string, grouping: keyof typeof GROUPINGS) {
  const bucket = GROUPINGS[grouping];
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ bucket: Date; total: bigint }[]>(
    `select ${bucket} as bucket, sum(amount_pence) as total from payments where agency_id = $1 and status = 'succeeded' group by 1 order by 1`,
    agencyId,
  );
}

export async function arrearsForPortfolio(agencyId: string, portfolioId: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ lease_id: string; owed: number }[]>(Prisma.sql`
    select l.id as lease_id, l.rent_pence * l.months_overdue as owed
    from leases l join units u on u.id = l.unit_id join properties p on p.id = u.property_id
    where l.agency_id = ${agencyId} and p.portfolio_id = ${portfolioId} and l.months_overdue > 0`);
}

export async function voidDays(agencyId: string, fromDate: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`select unit_id, count(*) as void_days from unit_occupancy where agency_id = '${agencyId}' and day >= '${fromDate}' and occupied = false group by unit_id`);
}

export async function bulkMarkPaid(ids: string[]) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe("update payments set status = 'succeeded' where id in ('" + ids.join("','") + "')");
}
