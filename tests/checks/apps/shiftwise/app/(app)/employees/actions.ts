"use server";

import { z } from "zod";
import Papa from "papaparse";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { requireRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";

async function ctx() {
  const session = await auth();
  const u = session?.user as any;
  if (!u?.id) throw new Error("Unauthorized");
  return { userId: u.id as string, employerId: u.employerId as string, role: u.role as string };
}

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["employee", "scheduler", "location_manager", "hr", "payroll"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function inviteEmployee(_prev: unknown, formData: FormData) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin", "hr"]);
  await rateLimitByIp(`invite:${c.employerId}`, 20);
  const { email, role } = inviteSchema.parse(Object.fromEntries(formData));
  const token = randomBytes(24).toString("hex");
  // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
  await prisma.invite.create({ data: { employerId: c.employerId, email, role, token, expiresAt: new Date(Date.now() + 7 * 86400_000) } });
  await sendEmail(email, "You're invited to Shiftwise", `<a href="${process.env.APP_URL}/invite/${token}">Join your team</a>`);
  await auditLog({ employerId: c.employerId, actorId: c.userId, action: "invite.created", meta: { email, role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendInvite(inviteId: string) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin", "hr"]);
  const id = z.string().cuid().parse(inviteId);
  const inv = await prisma.invite.findFirst({ where: { id, employerId: c.employerId }, select: { email: true, token: true, role: true } });
  if (!inv) return { error: "Not found" };
  await prisma.invite.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 7 * 86400_000) } });
  await sendEmail(inv.email, "Reminder: join Shiftwise", `<a href="${process.env.APP_URL}/invite/${inv.token}">Join</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeMemberRole(userId: string, role: string) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin"]);
  const p = z.object({ userId: z.string().cuid(), role: z.enum(["admin", "hr", "payroll", "location_manager", "scheduler", "employee"]) }).parse({ userId, role });
  // ok: missing-authorization
  // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
  await prisma.membership.update({ where: { userId_employerId: { userId: p.userId, employerId: c.employerId } }, data: { role: p.role } });
  revalidatePath("/employees");
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function updateMember(membershipId: string, data: { role?: string; title?: string }) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin", "hr"]);
  await prisma.membership.updateMany({
    where: { id: membershipId, employerId: c.employerId },
    // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
    data: { role: data.role },
  });
  logger.info({ actor: c.userId, membershipId, role: data.role }, "member updated");
  return { ok: true };
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function removeMember(userId: string) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin"]);
  const uid = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_employerId: { userId: uid, employerId: c.employerId } } });
  await auditLog({ employerId: c.employerId, actorId: c.userId, action: "member.removed", target: uid });
  return { ok: true };
}

const rowSchema = z.object({ firstName: z.string().min(1), lastName: z.string().min(1), email: z.string().email(), phone: z.string().optional() });

// ok: missing-auth, missing-input-validation
export async function importEmployeesCsv(_prev: unknown, formData: FormData) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin", "hr"]);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 2_000_000) return { error: "Upload a CSV under 2 MB" };
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const rows = data.map((r) => rowSchema.safeParse(r)).filter((r) => r.success).map((r) => r.data!);
  // ok: mass-assignment
  await prisma.employee.createMany({ data: rows.map((r) => ({ ...r, employerId: c.employerId })) });
  return { imported: rows.length, skipped: data.length - rows.length };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importEmployeesJson(rows: Array<Record<string, string>>) {
  const c = await ctx();
  await requireRole(c.userId, c.employerId, ["owner", "admin", "hr"]);
  for (const r of rows) {
    await prisma.employee.create({
      // ruleid: mass-assignment
      data: { ...(r as any), employerId: c.employerId },
    });
  }
  return { imported: rows.length };
}

// ok: missing-auth, missing-input-validation
export async function getEmployee(employeeId: string) {
  const c = await ctx();
  const id = z.string().cuid().parse(employeeId);
  // ok: missing-authorization
  const e = await prisma.employee.findFirst({ where: { id, employerId: c.employerId } });
  // ruleid: excessive-data-exposure
  return e;
}

// ok: missing-auth, missing-input-validation
export async function getEmployeeCard(employeeId: string) {
  const c = await ctx();
  const id = z.string().cuid().parse(employeeId);
  const e = await prisma.employee.findFirst({ where: { id, employerId: c.employerId }, select: { id: true, firstName: true, lastName: true, email: true, phone: true, positionId: true } });
  // ok: excessive-data-exposure
  return e;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function terminateEmployee(employeeId: string) {
  const c = await ctx();
  // ruleid: missing-authorization
  await prisma.employee.update({ where: { id: employeeId }, data: { status: "terminated" } });
  return { ok: true };
}
