import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

export async function getLeaseForAgency(agencyId: string, leaseId: string) {
  return prisma.lease.findFirst({
    where: { id: leaseId, agencyId },
    select: { id: true, status: true, rentPence: true, depositPence: true, startDate: true, endDate: true, unitId: true },
  });
}

export async function listArrears(agencyId: string, minDays: number) {
  // ok: sql-injection
  return sql`select l.id, l.rent_pence, r.full_name from leases l join renters r on r.id = l.renter_id
             where l.agency_id = ${agencyId} and l.days_overdue >= ${minDays}`;
}

const LEASE_STATUS_FILTERS = {
  active: "l.status = 'active'",
  ending: "l.end_date < now() + interval '60 days'",
  draft: "l.status = 'draft'",
} as const;

export async function listLeasesByFilter(agencyId: string, filter: keyof typeof LEASE_STATUS_FILTERS) {
  const clause = LEASE_STATUS_FILTERS[filter] ?? LEASE_STATUS_FILTERS.active;
  // ok: sql-injection
  return sql.unsafe(`select l.id, l.status, l.rent_pence from leases l where l.agency_id = $1 and ${clause}`, [agencyId]);
}

export async function searchLeasesByRenterName(agencyId: string, term: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select l.id, r.full_name from leases l join renters r on r.id = l.renter_id where l.agency_id = '${agencyId}' and r.full_name ilike '%${term}%'`);
}
