"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { managerClient, staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { sendEmail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { checkManager, requireStaff } from "@/lib/auth/kinde";
import { StaffUpdateSchema } from "@/lib/validators";
import { createAuditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = managerClient
  .metadata({ name: "staff.invited" })
  .inputSchema(z.object({ email: z.string().email(), role: z.enum(["vet", "nurse", "receptionist"]) }))
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(`invite:${ctx.staff.clinicId}`, 20);
    const token = randomBytes(24).toString("base64url");
    // ok: missing-authorization
    await prisma.invite.create({ data: { clinicId: ctx.staff.clinicId, email: parsedInput.email, role: parsedInput.role, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 864e5) } });
    await sendEmail(parsedInput.email, "Join your clinic on Vetpoint", `<a href="https://vetpoint.app/join?t=${token}">Accept</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = managerClient
  .metadata({ name: "staff.role_changed" })
  .inputSchema(z.object({ staffId: z.string(), role: z.enum(["vet", "nurse", "receptionist", "practice_manager"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.staffMember.updateMany({ where: { id: parsedInput.staffId, clinicId: ctx.staff.clinicId }, data: { role: parsedInput.role } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- a staff account switched off behind an in-body role gate (pass 36 B; fixed in pass 42)
export const deactivateStaff = staffClient
  .inputSchema(z.object({ staffId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.staff.role !== "practice_manager") throw new Error("Managers only");
    // ok: missing-authorization
    await prisma.staffMember.updateMany({ where: { id: parsedInput.staffId, clinicId: ctx.staff.clinicId }, data: { active: false } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log
export const updateStaffProfile = staffClient
  .inputSchema(StaffUpdateSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: mass-assignment
    await prisma.staffMember.update({ where: { id: ctx.staff.id }, data: parsedInput });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateOwnRcvs = staffClient
  .inputSchema(StaffUpdateSchema.pick({ name: true, rcvsNumber: true }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await prisma.staffMember.update({ where: { id: ctx.staff.id }, data: parsedInput, select: { id: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToManager(staffId: string) {
  const me = await requireStaff();
  const id = z.string().parse(staffId);
  // ruleid: floating-auth-check -- (fixed in pass 42, A) a project guard answering an error object on a role refusal, called alone without await
  checkManager(me.id);
  // ruleid: missing-authorization
  await prisma.staffMember.update({ where: { id }, data: { role: "practice_manager" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setClinicSmsSender(senderId: string) {
  const me = await requireStaff();
  const value = z.string().regex(/^[A-Za-z0-9]{3,11}$/).parse(senderId);
  const check = await checkManager(me.id);
  if ("error" in check) return { error: check.error };
  // ok: missing-authorization
  await prisma.clinic.update({ where: { id: me.clinicId }, data: { smsSenderId: value } });
  await createAuditLog({ actorId: me.id, clinicId: me.clinicId, action: "clinic.sms_sender" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const clinicStaffList = staffClient.action(async ({ ctx }) => {
  const staff = await prisma.staffMember.findMany({ where: { clinicId: ctx.staff.clinicId }, select: { id: true, name: true, role: true, active: true } });
  // ok: excessive-data-exposure
  return staff;
});
