import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";

export type Role = "owner" | "member" | "site_manager" | "depot_staff" | "technician";

/** Throws unless the signed-in user belongs to the company (optionally with one of the roles). */
export async function requireMembership(companyId: string, roles?: Role[]) {
  const { userId } = await verifySession();
  const m = await prisma.membership.findUnique({
    where: { userId_companyId: { userId, companyId } },
    select: { id: true, role: true, companyId: true },
  });
  if (!m) throw new Error("Not a member");
  if (roles && !roles.includes(m.role as Role)) throw new Error("Insufficient role");
  return { userId, membership: m };
}

/** Returns { error } instead of throwing — callers must check it. */
export async function getMembershipOrError(userId: string, companyId: string) {
  const m = await prisma.membership.findUnique({
    where: { userId_companyId: { userId, companyId } },
    select: { role: true },
  });
  if (!m) return { error: "forbidden" as const, role: null };
  return { error: null, role: m.role as Role };
}

/** Async boolean: does the user work at the depot's rental company? */
export async function isDepotStaff(userId: string, depotId: string): Promise<boolean> {
  const depot = await prisma.depot.findUnique({ where: { id: depotId }, select: { companyId: true } });
  if (!depot) return false;
  const m = await prisma.membership.findFirst({
    where: { userId, companyId: depot.companyId, role: { in: ["owner", "depot_staff"] } },
    select: { id: true },
  });
  return !!m;
}

/** Async boolean: may this user manage the rental (renter company owner or assigned site manager)? */
export async function canManageRental(userId: string, rentalId: string): Promise<boolean> {
  const rental = await prisma.rental.findUnique({
    where: { id: rentalId },
    select: { renterCompanyId: true, siteManagerId: true },
  });
  if (!rental) return false;
  if (rental.siteManagerId === userId) return true;
  const m = await prisma.membership.findFirst({
    where: { userId, companyId: rental.renterCompanyId, role: "owner" },
    select: { id: true },
  });
  return !!m;
}
