"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { db } from "@/lib/drizzle";
import { checkIns } from "@/lib/drizzle/schema";
import { sqlite } from "@/lib/kiosk-db";
import { validateRequest } from "@/lib/lucia";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sha256 } from "@/lib/crypto";

const locationIdSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function checkInByQr(qrToken: string, locationId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Desk session expired." };
  if (typeof qrToken !== "string" || qrToken.length < 20 || qrToken.length > 100) return { error: "Invalid code." };
  const location = locationIdSchema.parse(locationId);
  const member = await prisma.member.findFirst({
    where: { qrTokenHash: sha256(qrToken), studioId: user.studioId },
    select: { id: true, firstName: true, status: true },
  });
  if (!member) return { error: "Unknown code." };
  // ok: missing-authorization, mass-assignment
  await db.insert(checkIns).values({ studioId: user.studioId, locationId: location, memberId: member.id, method: "qr", staffUserId: user.id });
  // ok: excessive-data-exposure
  return { name: member.firstName, status: member.status };
}

// NFC wristband tap; falls back to the kiosk's local cache when offline.
// ok: missing-auth, missing-input-validation
export async function checkInByWristband(uid: string, locationId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Desk session expired." };
  if (typeof uid !== "string" || uid.length > 32) return { error: "Unreadable wristband." };
  const location = locationIdSchema.parse(locationId);
  // ruleid: sql-injection
  const cached = sqlite.prepare(`SELECT member_id FROM wristbands WHERE uid = '${uid}' AND location_id = ?`).get(location) as { member_id: string } | undefined;
  const memberId = cached?.member_id ?? (await prisma.member.findFirst({ where: { wristbandUid: uid, studioId: user.studioId }, select: { id: true } }))?.id;
  if (!memberId) return { error: "Unknown wristband." };
  // todook: missing-authorization -- ambiguous: a client parent id in an insert whose tenant comes from the session
  await db.insert(checkIns).values({ studioId: user.studioId, locationId: location, memberId, method: "nfc", staffUserId: user.id });
  return { ok: true };
}

// Front desk types a member id when the QR code won't scan.
// ruleid: missing-auth
// ok: missing-input-validation
export async function manualCheckIn(memberId: string, locationId: string) {
  const { user } = await validateRequest();
  const input = z.object({ memberId: z.string().cuid(), locationId: locationIdSchema }).parse({ memberId, locationId });
  await db.insert(checkIns).values({
    studioId: user?.studioId ?? "unknown",
    locationId: input.locationId,
    memberId: input.memberId,
    method: "manual",
    staffUserId: user?.id ?? null,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function undoCheckIn(checkInId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Desk session expired");
  const id = z.string().uuid().parse(checkInId);
  // ruleid: missing-authorization
  await db.delete(checkIns).where(eq(checkIns.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function unlockDeskWithPin(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Desk session expired." };
  await rateLimitByIp(`desk-pin:${user.id}`);
  const pin = z.string().regex(/^\d{4,6}$/).parse(formData.get("pin"));
  const staff = await prisma.staffMember.findFirst({ where: { userId: user.id, studioId: user.studioId }, select: { kioskPin: true } });
  // ruleid: timing-unsafe-comparison
  if (!staff?.kioskPin || staff.kioskPin !== pin) return { error: "Wrong PIN." };
  return { ok: true };
}
