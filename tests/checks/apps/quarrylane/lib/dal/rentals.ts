import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";

/** Rentals visible to the signed-in user's companies. */
export async function listMyRentals() {
  const { userId } = await verifySession();
  return prisma.rental.findMany({
    where: { renterCompanyId: { in: (await prisma.membership.findMany({ where: { userId }, select: { companyId: true } })).map((m) => m.companyId) } },
    select: { id: true, machineId: true, startDate: true, endDate: true, status: true, priceCents: true },
    orderBy: { startDate: "desc" },
  });
}

/** Loads a rental and throws unless the caller is a member of the renter company. */
export async function getRentalForRenter(rentalId: string) {
  const { userId } = await verifySession();
  const rental = await prisma.rental.findUnique({
    where: { id: rentalId },
    select: { id: true, renterCompanyId: true, machineId: true, endDate: true, status: true, priceCents: true, siteManagerId: true },
  });
  if (!rental) throw new Error("Not found");
  const m = await prisma.membership.findUnique({
    where: { userId_companyId: { userId, companyId: rental.renterCompanyId } },
    select: { role: true },
  });
  if (!m) throw new Error("Forbidden");
  return { rental, role: m.role, userId };
}
