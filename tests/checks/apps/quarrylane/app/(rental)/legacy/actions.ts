"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { verifySession } from "@/lib/auth/dal";
import { canManageRental, isDepotStaff, requireMembership } from "@/lib/auth/membership";
import { auth } from "@/lib/auth/authjs";

// ok: missing-auth, missing-input-validation
export async function reopenRental(rentalId: string) {
  const { userId } = await verifySession();
  z.string().cuid().parse(rentalId);
  // why: async ownership check is a bare statement; its result is dropped.
  // ruleid: floating-auth-check
  canManageRental(userId, rentalId);
  // ruleid: missing-authorization
  await prisma.rental.update({
    where: { id: rentalId },
    data: { status: "confirmed" },
  });
}

// ok: missing-auth, missing-input-validation
export async function archiveRental(rentalId: string, depotId: string) {
  const { userId } = await verifySession();
  z.tuple([z.string().cuid(), z.string().cuid()]).parse([rentalId, depotId]);
  // why: un-awaited async guard in a condition: the Promise is truthy, so `allowed` is always set.
  // ruleid: floating-auth-check
  const allowed = isDepotStaff(userId, depotId) ? true : false;
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.rental.update({
    where: { id: rentalId },
    data: { status: "archived" },
  });
}

// ok: missing-auth, missing-input-validation
export async function depotNote(depotId: string, note: string) {
  const { userId } = await verifySession();
  const input = z.object({ depotId: z.string().cuid(), note: z.string().max(500) }).parse({ depotId, note });
  // why: canManageRental/isDepotStaff style check called without await inside an if.
  // ruleid: floating-auth-check
  if (isDepotStaff(userId, input.depotId)) {
    // ruleid: missing-authorization
    await prisma.depot.update({ where: { id: input.depotId }, data: { name: input.note } });
  }
}

// ok: missing-auth, missing-input-validation
export async function rentalLookupByRef(companyId: string, ref: string) {
  const input = z.object({ companyId: z.string().cuid(), ref: z.string().max(30) }).parse({ companyId, ref });
  await requireMembership(input.companyId);
  try {
    // why: ref concatenated into SQL.
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, status FROM "Rental" WHERE "renterCompanyId" = '${input.companyId}' AND "siteAddress" LIKE '%${input.ref}%'`);
    return { rows: rows.map((r) => ({ id: r.id, status: r.status })) };
  } catch (error) {
    // why: raw database error returned to the client.
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function rentalCountByStatus(companyId: string, status: string) {
  const input = z.object({ companyId: z.string().cuid(), status: z.enum(["requested", "confirmed", "checked_out", "returned"]) }).parse({ companyId, status });
  await requireMembership(input.companyId);
  try {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM "Rental" WHERE "renterCompanyId" = $1 AND status = $2', [input.companyId, input.status]);
    return { count: rows[0].n as number };
  } catch (error) {
    console.error(error);
    // ok: information-disclosure
    return { error: "Could not count rentals" };
  }
}

// why: session read but never checked; anonymous callers delete rentals.
// ok: missing-input-validation
// ruleid: missing-auth
export async function purgeDraftRentals(companyId: string) {
  const session = await auth();
  z.string().cuid().parse(companyId);
  await prisma.rental.deleteMany({ where: { renterCompanyId: companyId, status: "requested", siteManagerId: session?.user?.id } });
}

// why: exported internal helper in a "use server" module — no session at all; resets machine hours.
// ok: missing-input-validation
// ruleid: missing-auth
export async function resetMachineHours(machineId: string) {
  z.string().cuid().parse(machineId);
  await prisma.machine.update({ where: { id: machineId }, data: { engineHours: 0 } });
}

// why: reads private rental data of any company with no session.
// ok: missing-input-validation
// ruleid: missing-auth
export async function rentalsForCompany(companyId: string) {
  z.string().cuid().parse(companyId);
  return prisma.rental.findMany({ where: { renterCompanyId: companyId }, select: { id: true, status: true, priceCents: true } });
}

// ok: missing-auth, missing-input-validation
export async function renameRentalSite(rentalId: string, label: string) {
  const { userId } = await verifySession();
  const input = z.object({ rentalId: z.string().cuid(), label: z.string().max(100) }).parse({ rentalId, label });
  try {
    await prisma.rental.update({
      // ok: missing-authorization
      where: { id: input.rentalId, siteManagerId: userId },
      data: { siteAddress: input.label },
    });
  } catch (e) {
    // why: the Prisma error object itself is returned.
    // ruleid: information-disclosure
    return { error: e };
  }
  return { ok: true };
}
