"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { withOrg } from "@/lib/wrappers";
import { getRentalForRenter } from "@/lib/dal/rentals";
import { canManageRental } from "@/lib/auth/membership";

const RequestRental = z.object({
  machineId: z.string().cuid(),
  startDate: z.coerce.date(),
  endDate: z.coerce.date(),
  siteAddress: z.string().min(5).max(300),
});

// ok: missing-auth, missing-input-validation
export const requestRental = withOrg(async (ctx, formData: FormData) => {
  const input = RequestRental.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const machine = await prisma.machine.findUnique({ where: { id: input.machineId }, select: { dailyRate: true, status: true } });
  if (!machine || machine.status !== "available") return { error: "Machine unavailable" };
  const days = Math.max(1, Math.ceil((+input.endDate - +input.startDate) / 86_400_000));
  await prisma.rental.create({
    // ok: mass-assignment
    data: { ...input, renterCompanyId: ctx.companyId, priceCents: days * machine.dailyRate },
  });
  revalidatePath("/rentals");
  return { ok: true };
});

const Extend = z.object({ rentalId: z.string().cuid(), endDate: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function extendRental(raw: unknown) {
  const { rentalId, endDate } = Extend.parse(raw);
  const { rental } = await getRentalForRenter(rentalId);
  if (endDate <= rental.endDate) return { error: "New end date must be later" };
  await prisma.rental.update({
    // ok: missing-authorization
    where: { id: rental.id },
    data: { endDate, status: "extension_requested" },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelRental(rentalId: string) {
  await verifySession();
  if (typeof rentalId !== "string" || rentalId.length > 40) throw new Error("Bad id");
  // why: any signed-in user can cancel any rental by id; no company scope or owner check.
  // ruleid: missing-authorization
  await prisma.rental.update({
    where: { id: rentalId },
    data: { status: "cancelled" },
  });
  revalidatePath("/rentals");
}

// ok: missing-auth, missing-input-validation
export async function confirmReturnWindow(rentalId: string, window: "am" | "pm") {
  const { userId } = await verifySession();
  if (typeof rentalId !== "string" || (window !== "am" && window !== "pm")) throw new Error("Bad input");
  // why: canManageRental is async and not awaited — the Promise is truthy so the guard never fires.
  // ruleid: floating-auth-check
  if (!canManageRental(userId, rentalId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.rental.update({
    where: { id: rentalId },
    data: { siteAddress: undefined, status: `return_${window}` },
  });
}

// ok: missing-auth, missing-input-validation
export async function acknowledgeDelivery(rentalId: string) {
  const { userId } = await verifySession();
  if (typeof rentalId !== "string") throw new Error("Bad id");
  // ok: floating-auth-check
  if (!(await canManageRental(userId, rentalId))) throw new Error("Forbidden");
  await prisma.rental.update({
    // ok: missing-authorization
    where: { id: rentalId },
    data: { status: "on_site" },
  });
}

// why: rentalId and the FormData go to prisma with no schema or runtime check.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateSiteDetails(rentalId: string, formData: FormData) {
  const { userId } = await verifySession();
  await prisma.rental.update({
    // ok: missing-authorization
    where: { id: rentalId, siteManagerId: userId },
    // why: FormData written wholesale — lets a site manager set priceCents, discountPct, status.
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
}
