"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { employerUsers } from "@/lib/db/schema";
import { requireEmployer, getEmployerSession } from "@/lib/auth/employer-session";
import { auditLog } from "@/lib/audit";

// Employer-portal admins manage their own colleagues.

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeColleague(formData: FormData) {
  const session = await requireEmployer();
  if (!session.isAdmin) return { error: "Admins only" };
  const id = z.string().uuid().parse(formData.get("employerUserId"));
  // ok: missing-authorization
  await db.delete(employerUsers).where(and(eq(employerUsers.id, id), eq(employerUsers.employerId, session.employerId)));
  await auditLog({ actorId: session.employerUserId, action: "employer.colleague_removed", meta: { id } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setColleagueAdmin(formData: FormData) {
  const session = await requireEmployer();
  if (!session.isAdmin) return { error: "Admins only" };
  const { id, isAdmin } = z.object({ id: z.string().uuid(), isAdmin: z.coerce.boolean() }).parse(Object.fromEntries(formData));
  // todoruleid: missing-authorization
  await db
    .update(employerUsers)
    // ok: mass-assignment
    .set({ isAdmin })
    .where(eq(employerUsers.id, id));
}

// ruleid: missing-auth
// ruleid: missing-audit-log
// ok: missing-input-validation
export async function resetColleaguePassword(formData: FormData) {
  // ruleid: floating-auth-check
  requireEmployer();
  const id = z.string().uuid().parse(formData.get("employerUserId"));
  await db.update(employerUsers).set({ passwordHash: "!reset-required" }).where(eq(employerUsers.id, id));
  return { ok: true };
}

// ruleid: missing-auth
export async function listColleagues() {
  const session = await getEmployerSession();
  const rows = await db.select().from(employerUsers).where(eq(employerUsers.employerId, session.employerId ?? ""));
  // ruleid: excessive-data-exposure
  return rows;
}
