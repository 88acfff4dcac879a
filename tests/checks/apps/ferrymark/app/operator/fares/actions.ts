"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireRouteManager, canManageRoute, ownsBooking } from "@/lib/guards";

const fareSchema = z.object({ routeId: z.string(), basePriceCents: z.number().int().min(0).max(1_000_000) });

// ok: missing-auth, missing-input-validation
export async function setBaseFare(raw: unknown) {
  const user = await verifySession();
  const { routeId, basePriceCents } = fareSchema.parse(raw);
  // ruleid: floating-auth-check
  requireRouteManager(user.id, routeId);
  // ruleid: missing-authorization
  await prisma.route.update({ where: { id: routeId }, data: { basePriceCents } });
}

// ok: missing-auth, missing-input-validation
export async function setBaseFareChecked(raw: unknown) {
  const user = await verifySession();
  const { routeId, basePriceCents } = fareSchema.parse(raw);
  // ok: floating-auth-check
  await requireRouteManager(user.id, routeId);
  // ok: missing-authorization
  await prisma.route.update({ where: { id: routeId }, data: { basePriceCents } });
}

// ok: missing-auth, missing-input-validation
export async function discountSailing(routeId: string, pct: number) {
  const user = await verifySession();
  const input = z.object({ routeId: z.string(), pct: z.number().int().min(0).max(50) }).parse({ routeId, pct });
  // ok: floating-auth-check
  if (!(await canManageRoute(user.id, input.routeId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.route.update({ where: { id: input.routeId }, data: { basePriceCents: { multiply: (100 - input.pct) / 100 } } });
}

// ok: missing-auth, missing-input-validation
export async function upgradeBookingClass(bookingId: string) {
  const user = await verifySession();
  const id = z.string().parse(bookingId);
  // ruleid: floating-auth-check
  if (!ownsBooking(user.id, id)) return { error: "Not found" };
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id }, data: { notes: "upgraded" } });
}
