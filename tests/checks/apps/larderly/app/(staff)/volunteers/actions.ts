"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { shiftSignups, drivers } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";
import { requireUser, requireNetworkRole } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { summarizeIntake } from "@/lib/ai";

const volunteerSchema = z.object({ name: z.string().min(1).max(80), phone: z.string().max(30).optional() });

// ok: missing-auth, missing-input-validation
export async function updateVolunteerProfile(userId: string, formData: FormData) {
  const session = await verifySession();
  const data = volunteerSchema.parse(Object.fromEntries(formData));
  if (typeof userId !== "string") throw new Error("Bad id");
  // why: userId comes from the caller and is never compared with session.userId
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data });
  return { done: true, by: session.userId };
}

// ok: missing-auth, missing-input-validation
export async function logHours(signupId: string, providedUserId?: string) {
  const session = await verifySession();
  const ids = z.object({ signupId: z.string().uuid(), providedUserId: z.string().optional() }).parse({ signupId, providedUserId });
  const userId = ids.providedUserId ?? session.userId;
  // why: optional providedUserId wins over the session — a caller checks in as anyone
  // ruleid: missing-authorization
  await db.update(shiftSignups).set({ checkedIn: true }).where(and(eq(shiftSignups.id, ids.signupId), eq(shiftSignups.userId, userId)));
  return { done: true };
}

// Called by the Checkr webhook route — but exported from a "use server" module, so it is a public action too.
// why: no auth at all; flips a driver's approval and background-check status from any caller
// ruleid: missing-auth
// ok: missing-input-validation
export async function applyBackgroundCheckResult(payload: { driverId: string; status: "clear" | "consider" }) {
  const input = z.object({ driverId: z.string().uuid(), status: z.enum(["clear", "consider"]) }).parse(payload);
  await db.update(drivers).set({ backgroundCheck: input.status, approved: input.status === "clear" }).where(eq(drivers.id, input.driverId));
}

// Internal helper for the nightly job, exported by mistake.
// why: unauthenticated paid AI call from an exported use-server function
// ruleid: missing-auth, missing-rate-limit
// ok: missing-input-validation
export async function summarizeAnyPantry(pantryId: string) {
  const id = z.string().cuid().parse(pantryId);
  const p = await prisma.pantry.findUnique({ where: { id }, select: { intakeNotes: true } });
  return summarizeIntake(p?.intakeNotes ?? "");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createVolunteerFromForm(networkId: string, formData: FormData) {
  if (typeof networkId !== "string" || networkId.length > 40) throw new Error("Bad network");
  const { user: actor } = await requireNetworkRole(networkId, ["admin", "coordinator"]);
  const parsed = z.object({ email: z.string().email(), name: z.string().min(1).max(80), role: z.string() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.upsert({ where: { email: parsed.email }, create: { email: parsed.email, name: parsed.name }, update: {}, select: { id: true } });
  // why: the schema admits role, so a coordinator can create admins
  await prisma.membership.create({
    data: {
      userId: user.id,
      networkId,
      // todoruleid: mass-assignment -- (gap judge: ambiguous) a role-gated staff action assigning a role
      role: parsed.role,
    },
  });
  await auditLog({ networkId, actorId: actor.id, action: "volunteer_created", target: user.id, meta: { role: parsed.role } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function mySignups() {
  const user = await requireUser();
  // ok: excessive-data-exposure
  const rows = await db.select({ id: shiftSignups.id, shiftId: shiftSignups.shiftId }).from(shiftSignups).where(eq(shiftSignups.userId, user.id));
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeVolunteer(networkId: string, userId: string) {
  const ids = z.object({ networkId: z.string().cuid(), userId: z.string().cuid() }).parse({ networkId, userId });
  const { user } = await requireNetworkRole(ids.networkId, ["admin"]);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_networkId: { userId: ids.userId, networkId: ids.networkId } } });
  await auditLog({ networkId: ids.networkId, actorId: user.id, action: "volunteer_removed", target: ids.userId });
  return { done: true };
}
