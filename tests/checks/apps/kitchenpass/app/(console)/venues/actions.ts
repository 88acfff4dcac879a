"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { withVenue, withAudit } from "@/lib/actions/wrappers";
import { newToken } from "@/lib/crypto";
import { verifySession } from "@/lib/dal";

const Hours = z.object({ opensAt: z.string().regex(/^\d{2}:\d{2}$/), closesAt: z.string().regex(/^\d{2}:\d{2}$/) });

// ok: missing-auth, missing-input-validation
export const updateVenueHours = withVenue(async (formData, { venueId }) => {
  const hours = Hours.parse({ opensAt: formData.get("opensAt"), closesAt: formData.get("closesAt") });
  // ok: missing-authorization
  await prisma.$executeRaw`UPDATE "Venue" SET opens_at = ${hours.opensAt}, closes_at = ${hours.closesAt} WHERE id = ${venueId}`;
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotatePosSecret = withVenue(async (_formData, { venueId, userId }) => {
  const secret = newToken(32);
  // ok: missing-authorization
  await prisma.venue.update({ where: { id: venueId }, data: { posSecret: secret } });
  const { logAuditEvent } = await import("@/lib/audit");
  await logAuditEvent({ actorId: userId, action: "venue.pos_secret_rotated", target: venueId });
  // ok: excessive-data-exposure
  return { secret };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameVenue = withVenue(async (formData, { venueId }) => {
  const raw = Object.fromEntries(formData);
  await prisma.venue.update({
    where: { id: venueId },
    // ruleid: mass-assignment
    data: raw as { name: string },
  });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const transferVenue = withAudit("venue.transferred", async (venueId: string, toGroupId: string) => {
  const { role, groupId } = await verifySession();
  if (role !== "owner") throw new Error("Owners only");
  const ids = z.object({ venueId: z.string().cuid(), toGroupId: z.string().cuid() }).parse({ venueId, toGroupId });
  // ok: missing-authorization
  await prisma.venue.update({ where: { id: ids.venueId, groupId }, data: { groupId: ids.toGroupId } });
});
