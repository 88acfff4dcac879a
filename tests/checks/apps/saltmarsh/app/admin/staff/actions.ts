"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users, memberships } from "@/lib/db/schema";
import { requireRole, verifySession } from "@/lib/auth/dal";
import { withAdminAudit } from "@/lib/wrappers/with-audit";
import { auditLog, logger } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/ratelimit";

const RoleSchema = z.object({ userId: z.string().min(1), role: z.enum(["researcher", "lab_manager", "admin"]) });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function setStaffRole(formData: FormData) {
  await requireRole("admin");
  const { userId, role } = RoleSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ role }).where(eq(users.id, userId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function promoteToManager(formData: FormData) {
  const staff = await verifySession();
  if (staff.role !== "admin") throw new Error("Forbidden");
  const { userId } = z.object({ userId: z.string().min(1) }).parse({ userId: formData.get("userId") });
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ role: "lab_manager" }).where(eq(users.id, userId));
  logger.warn({ actor: staff.userId, target: userId, event: "role.promote" }, "role change");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withAdminAudit("staff.remove", async (_staff, userId: string) => {
  const id = z.string().min(1).parse(userId);
  // ok: missing-authorization
  await db.delete(memberships).where(eq(memberships.userId, id));
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, id));
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteStaff = withAdminAudit("staff.invite", async (staff, email: string) => {
  const to = z.string().email().parse(email);
  await rateLimitByKey(`invite:${staff.userId}`);
  await sendMail(to, "You're invited to Saltmarsh", "An admin invited you to the station booking system.");
});

// Called from the offboarding script; exported so the script can import it.
// ruleid: missing-auth, missing-audit-log, missing-input-validation
export async function hardDeleteUser(userId: string) {
  await db.delete(memberships).where(eq(memberships.userId, userId));
  await db.delete(users).where(eq(users.id, userId));
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deactivateStaff(userId: string) {
  const admin = await requireRole("admin");
  if (typeof userId !== "string" || userId.length < 3) throw new Error("Bad id");
  await auditLog({ actorId: admin.userId, action: "staff.deactivate", target: userId });
  // ok: missing-authorization
  await db.update(users).set({ passwordHash: null, totpSecret: null }).where(eq(users.id, userId));
}

// ok: missing-auth, missing-input-validation
export async function listStaff() {
  await requireRole("admin", "lab_manager");
  const rows = await db.select().from(users);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function listStaffDirectory() {
  await requireRole("admin", "lab_manager");
  const rows = await db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users);
  // ok: excessive-data-exposure
  return rows;
}
