"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/drizzle";
import { employerUsers, apprentices, trainingPlans, employers } from "@/lib/db/schema";
import { getEmployerSession, requireEmployer } from "@/lib/auth/employer-session";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function employerSignIn(_prev: unknown, formData: FormData) {
  await rateLimitByIp("employer-login", true);
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  const [eu] = await db
    .select({ id: employerUsers.id, employerId: employerUsers.employerId, passwordHash: employerUsers.passwordHash, isAdmin: employerUsers.isAdmin })
    .from(employerUsers)
    .where(eq(employerUsers.email, email));
  if (!eu) {
    await auditLog({ action: "employer.login_failed", meta: { email } });
    // ruleid: information-disclosure
    return { error: "We couldn't find an employer account for that email." };
  }
  // ok: timing-unsafe-comparison
  if (!(await bcrypt.compare(password, eu.passwordHash))) {
    await auditLog({ action: "employer.login_failed", meta: { email } });
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  const session = await getEmployerSession();
  session.employerUserId = eu.id;
  session.employerId = eu.employerId;
  session.isAdmin = eu.isAdmin ?? false;
  await session.save();
  await auditLog({ action: "employer.login", actorId: eu.id });
  redirect("/employer");
}

// ok: missing-auth, missing-input-validation
export async function countersignPlan(formData: FormData) {
  const session = await requireEmployer();
  const planId = z.string().uuid().parse(formData.get("planId"));
  const [plan] = await db
    .select({ id: trainingPlans.id, employerId: apprentices.employerId })
    .from(trainingPlans)
    .innerJoin(apprentices, eq(apprentices.id, trainingPlans.apprenticeId))
    .where(eq(trainingPlans.id, planId));
  if (!plan || plan.employerId !== session.employerId) return { error: "Not found" };
  // ok: missing-authorization
  await db.update(trainingPlans).set({ signedByEmployer: true }).where(eq(trainingPlans.id, plan.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function viewApprentice(apprenticeId: string) {
  const session = await requireEmployer();
  const id = z.string().uuid().parse(apprenticeId);
  // ruleid: missing-authorization
  const [row] = await db
    .select({ firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status })
    .from(apprentices)
    .where(eq(apprentices.id, id));
  return row ?? null;
}

// Employer admins can add colleagues to the portal.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function addEmployerColleague(formData: FormData) {
  const session = await requireEmployer();
  if (!session.isAdmin) return { error: "Only employer admins can add colleagues" };
  await rateLimitByIp(`employer-invite:${session.employerId}`);
  const input = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const tempHash = await bcrypt.hash(crypto.randomUUID(), 10);
  // ok: mass-assignment
  await db.insert(employerUsers).values({ email: input.email, isAdmin: false, employerId: session.employerId, passwordHash: tempHash });
  await sendMail(input.email, "You've been added to the Tradecraft employer portal", "<p>Set your password to get started.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateEmployerProfile(formData: FormData) {
  const session = await requireEmployer();
  const input = z.object({ name: z.string().min(1), contactEmail: z.string().email() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await db.update(employers).set(input).where(eq(employers.id, session.employerId));
  return { ok: true };
}

// ruleid: missing-auth
export async function employerApprentices() {
  const session = await getEmployerSession();
  const rows = await db
    .select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName })
    .from(apprentices)
    .where(eq(apprentices.employerId, session.employerId!));
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function nudgeApprentice(formData: FormData) {
  const session = await requireEmployer();
  const apprenticeId = z.string().uuid().parse(formData.get("apprenticeId"));
  const [a] = await db
    .select({ email: apprentices.email })
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, apprenticeId), eq(apprentices.employerId, session.employerId)));
  if (!a?.email) return { error: "No email" };
  await sendMail(a.email, "Reminder from your employer", "<p>Please log your off-the-job hours this week.</p>");
  return { ok: true };
}
