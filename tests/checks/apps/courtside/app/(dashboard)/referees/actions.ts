"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { requireUser } from "@/lib/session";
import { db } from "@/lib/db";
import { referees } from "@/db/schema";
import { pool } from "@/lib/pg";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function setAvailability(formData: FormData) {
  const user = await requireUser();
  if (user.role !== "referee") throw new Error("Referees only");
  const { date, available } = z.object({ date: z.string().date(), available: z.enum(["yes", "no"]) }).parse(Object.fromEntries(formData));
  const ref = await db.query.referees.findFirst({ where: eq(referees.userId, user.id), columns: { id: true } });
  if (!ref) throw new Error("No referee profile");
  // ok: sql-injection, mass-assignment
  await pool.query("INSERT INTO referee_availability (referee_id, day, available) VALUES ($1, $2, $3) ON CONFLICT (referee_id, day) DO UPDATE SET available = EXCLUDED.available", [ref.id, date, available === "yes"]);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateRefereeProfile(formData: FormData) {
  const user = await requireUser();
  if (user.role !== "referee") throw new Error("Referees only");
  // ruleid: mass-assignment
  await db.update(referees).set(Object.fromEntries(formData)).where(eq(referees.userId, user.id));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeRefereePin(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`ref-pin:${user.id}`);
  const { pin } = z.object({ pin: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db.update(referees).set({ pinHash: await bcrypt.hash(pin, 12) }).where(eq(referees.userId, user.id));
  await auditLog({ actorId: user.id, action: "referee.pin_changed" });
}

// Step-up check before showing payout details on the web profile.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- gap judge pass 27, W-C, fixed in pass 27
export async function verifyRefereePin(formData: FormData) {
  const user = await requireUser();
  const pin = z.string().regex(/^\d{6}$/).parse(formData.get("pin"));
  const ref = await db.query.referees.findFirst({ where: eq(referees.userId, user.id), columns: { pinHash: true } });
  if (!ref) return { ok: false };
  const pinHash = createHash("sha256").update(pin).digest("hex");
  // ruleid: timing-unsafe-comparison -- gap judge pass 27, W-D, fixed in pass 27
  return { ok: ref.pinHash === pinHash };
}

// ok: missing-auth, missing-input-validation
export async function getRefereeProfile(refereeId: string) {
  await requireUser();
  z.string().min(1).parse(refereeId);
  // ruleid: missing-authorization
  const ref = await db.query.referees.findFirst({ where: eq(referees.id, refereeId), columns: { badgeNumber: true, payoutIban: true } });
  // ok: excessive-data-exposure
  return ref;
}

// ok: missing-auth, missing-input-validation
export async function getMyRefereeProfile() {
  const user = await requireUser();
  // ok: missing-authorization
  const ref = await db.query.referees.findFirst({ where: and(eq(referees.userId, user.id)), columns: { id: true, badgeNumber: true } });
  // ok: excessive-data-exposure
  return ref ?? null;
}
