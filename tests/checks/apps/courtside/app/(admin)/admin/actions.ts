"use server";

import { z } from "zod";
import { eq, inArray } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { requireLeagueAdmin, getStaffUser } from "@/lib/admin-auth";
import { db } from "@/lib/db";
import { users, players, registrations, clubs } from "@/db/schema";
import { auditLog, logger } from "@/lib/audit";
import { stripe } from "@/lib/stripe";

const roleSchema = z.object({ userId: z.string().min(1), role: z.enum(["member", "coach", "guardian", "club_admin", "referee"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setMemberRole(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const input = roleSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db.update(users).set({ role: input.role }).where(eq(users.id, input.userId));
  await auditLog({ actorId: admin.userId, action: "user.role_change", target: input.userId, meta: { role: input.role } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendUser(formData: FormData) {
  await requireLeagueAdmin();
  const userId = z.string().min(1).parse(formData.get("userId"));
  // ok: missing-authorization
  await db.update(users).set({ role: "suspended" }).where(eq(users.id, userId));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(formData: FormData) {
  const { userId: staffId } = await auth();
  if (!staffId) throw new Error("Unauthenticated");
  const userId = z.string().min(1).parse(formData.get("userId"));
  logger.warn({ staffId, userId }, "admin.delete_user");
  // ruleid: missing-authorization
  await db.delete(users).where(eq(users.id, userId));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function refundRegistration(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const registrationId = z.string().uuid().parse(formData.get("registrationId"));
  const reg = await db.query.registrations.findFirst({ where: eq(registrations.id, registrationId), columns: { stripeSessionId: true } });
  if (!reg?.stripeSessionId) throw new Error("Nothing to refund");
  const session = await stripe.checkout.sessions.retrieve(reg.stripeSessionId);
  await stripe.refunds.create({ payment_intent: session.payment_intent as string });
  // ok: missing-authorization
  await db.update(registrations).set({ status: "refunded" }).where(eq(registrations.id, registrationId));
  await auditLog({ actorId: admin.userId, action: "registration.refund", target: registrationId });
}

// ok: missing-auth, missing-input-validation
export async function exportClubPlayers(formData: FormData) {
  const staff = await getStaffUser();
  if (!staff) throw new Error("Unauthenticated");
  const clubId = z.string().uuid().parse(formData.get("clubId"));
  // ruleid: missing-authorization
  const rows = await db.select({ id: players.id, firstName: players.firstName, lastName: players.lastName, dateOfBirth: players.dateOfBirth }).from(players).where(eq(players.clubId, clubId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function bulkDowngradeClubs(formData: FormData) {
  const { role } = await requireLeagueAdmin();
  if (role !== "superadmin") throw new Error("Superadmins only");
  const ids = z.array(z.string().uuid()).max(100).parse(JSON.parse(String(formData.get("clubIds") ?? "[]")));
  // ok: mass-assignment, missing-authorization
  await db.update(clubs).set({ plan: "free" }).where(inArray(clubs.id, ids));
}

// ok: missing-auth, missing-input-validation
export async function listClubsForReview() {
  await requireLeagueAdmin();
  const rows = await db.select().from(clubs);
  // ruleid: excessive-data-exposure
  return rows;
}
