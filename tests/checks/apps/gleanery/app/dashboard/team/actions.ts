"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getPantryMembership, isPantryManager } from "@/lib/auth/guards";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

const roleSchema = z.object({ memberId: z.string().cuid(), role: z.enum(["volunteer", "staff", "manager"]) });

// Pantry managers change a member's role inside their pantry
// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export async function changeMemberRole(pantryId: string, input: unknown) {
  const s = await verifySession();
  const { memberId, role } = roleSchema.parse(input);
  // ruleid: floating-auth-check
  if (!isPantryManager(s.userId, pantryId)) throw new Error("Managers only");
  // ruleid: missing-authorization, mass-assignment
  await prisma.membership.update({ where: { id: memberId }, data: { role } });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function changeMemberRoleV2(pantryId: string, input: unknown) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (res.membership.role !== "manager") return { error: "Managers only" };
  const { memberId, role } = roleSchema.parse(input);
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id: memberId, pantryId }, data: { role } });
  await auditLog({ actorId: res.session.userId, action: "member.role.changed", target: memberId, meta: { role, pantryId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function inviteMember(pantryId: string, formData: FormData) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (res.membership.role !== "manager") return { error: "Managers only" };
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await sendMail(email, "Join your pantry team on Gleanery", `<a href="https://gleanery.org/join/${pantryId}">Accept invite</a>`);
  return { ok: true };
}

// Volunteer hours timesheet (staff enter hours on behalf of volunteers)
// ok: missing-auth
// ruleid: missing-input-validation -- (todoruleid until pass 31) raw FormData values into the ORM write of an audit row
export async function recordVolunteerHours(pantryId: string, formData: FormData) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  // todoruleid: missing-authorization
  await prisma.auditLog.create({
    data: {
      action: "volunteer.hours",
      target: pantryId,
      // ruleid: mass-assignment -- (todoruleid until pass 31) the audit row's actor taken from the form
      actorId: formData.get("userId") as string,
      meta: { hours: Number(formData.get("hours")) },
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendTeamInvite(pantryId: string, formData: FormData) {
  await rateLimitByIp(`team-invite:${pantryId}`);
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (res.membership.role !== "manager") return { error: "Managers only" };
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Invalid email" };
  try {
    await sendMail(parsed.data.email, "Reminder: join your pantry team", `<a href="https://gleanery.org/join/${pantryId}">Accept invite</a>`);
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Mail server rejected the invite: ${String(e)}` };
  }
}

// ok: missing-auth, missing-input-validation
export async function leavePantry(pantryId: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_pantryId: { userId: res.session.userId, pantryId } } });
  return { ok: true };
}
