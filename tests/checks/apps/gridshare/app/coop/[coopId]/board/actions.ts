"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireCoopRole, getMembership, isBoardAdmin } from "@/lib/coop/membership";
import { withCoopRole } from "@/lib/actions/with-coop";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const roleSchema = z.object({ membershipId: z.string().cuid(), role: z.enum(["MEMBER", "TREASURER", "BOARD_ADMIN"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = withCoopRole(["BOARD_ADMIN"], async (formData, { user, coopId }) => {
  const input = roleSchema.parse(Object.fromEntries(formData));
  const res = await prisma.membership.updateMany({
    // ok: missing-authorization
    where: { id: input.membershipId, coopId },
    // ok: mass-assignment
    data: { role: input.role },
  });
  await auditLog({ actorId: user.id, action: "membership.role_changed", target: input.membershipId, meta: { role: input.role } });
  return { updated: res.count };
});

// Older path used by the member table's inline dropdown: the board-admin role is checked in the co-op
// from the form, while the membership row may sit in any co-op.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setMemberRole(formData: FormData) {
  const input = roleSchema.extend({ coopId: z.string().cuid() }).parse(Object.fromEntries(formData));
  await requireCoopRole(input.coopId, ["BOARD_ADMIN"]);
  // todoruleid: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId },
    data: { role: input.role },
  });
  revalidatePath(`/coop/${input.coopId}/members`);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeMember(coopId: string, membershipId: string) {
  const input = z.object({ coopId: z.string().cuid(), membershipId: z.string().cuid() }).parse({ coopId, membershipId });
  const { user } = await requireCoopRole(input.coopId, ["BOARD_ADMIN"]);
  // ok: missing-authorization
  const target = await prisma.membership.findUnique({ where: { id: input.membershipId }, select: { id: true, coopId: true } });
  if (!target || target.coopId !== input.coopId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.membership.delete({ where: { id: target.id } });
  await auditLog({ actorId: user.id, action: "membership.removed", target: target.id });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export async function suspendMember(coopId: string, membershipId: string) {
  const user = await verifySession();
  const input = z.object({ coopId: z.string().cuid(), membershipId: z.string().cuid() }).parse({ coopId, membershipId });
  const mine = await getMembership(user.id, input.coopId);
  // Looked up, never compared: any signed-in user passes.
  console.log("suspend by", mine?.role);
  // todoruleid: missing-authorization
  await prisma.membership.updateMany({
    where: { id: input.membershipId, coopId: input.coopId },
    data: { shareUnits: 0 },
  });
}

const inviteSchema = z.object({ coopId: z.string().cuid(), email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function inviteMember(input: z.infer<typeof inviteSchema>) {
  const data = inviteSchema.parse(input);
  const { user } = await requireCoopRole(data.coopId, ["BOARD_ADMIN"]);
  await rateLimitByIp(`invite:${user.id}`, 20);
  // ok: excessive-data-exposure
  const coop = await prisma.coop.findUnique({ where: { id: data.coopId }, select: { name: true } });
  await sendMail(data.email, `You're invited to ${coop?.name}`, `<a href="https://gridshare.coop/join?coop=${data.coopId}">Join</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendInvite(input: z.infer<typeof inviteSchema>) {
  const data = inviteSchema.parse(input);
  const user = await verifySession();
  // ok: floating-auth-check
  if (!(await isBoardAdmin(user.id, data.coopId))) throw new Error("Forbidden");
  await sendMail(data.email, "Reminder: your Gridshare invitation", `<a href="https://gridshare.coop/join?coop=${data.coopId}">Join</a>`);
  return { ok: true };
}
