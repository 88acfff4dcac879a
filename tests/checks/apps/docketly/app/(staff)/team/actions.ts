"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { auditedAdminClient, firmAdminClient, ActionError } from "@/lib/safe-action";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { newToken, hashToken } from "@/lib/crypto";
import { verifySession } from "@/lib/dal";
import { logSecurityEvent } from "@/lib/audit";

const ROLES = ["MANAGING_PARTNER", "PARTNER", "ASSOCIATE", "PARALEGAL", "BILLING_CLERK", "CONFLICTS_ANALYST", "IT_ADMIN", "VIEWER"] as const;

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export const inviteStaff = auditedAdminClient
  .metadata({ actionName: "member.invited" })
  .inputSchema(z.object({ email: z.string().email(), role: z.enum(ROLES) }))
  .action(async ({ parsedInput, ctx }) => {
    const token = newToken();
    await prisma.invite.create({
      data: { firmId: ctx.user.firmId, email: parsedInput.email, role: parsedInput.role, token: hashToken(token), expiresAt: new Date(Date.now() + 7 * 86400_000) },
    });
    await sendEmail(parsedInput.email, "You're invited to Docketly", `<a href="https://app.docketly.law/invite/${token}">Join your firm</a>`);
    return { invited: parsedInput.email };
  });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export const resendStaffInvite = auditedAdminClient
  .metadata({ actionName: "member.invite_resent" })
  .inputSchema(z.object({ inviteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await rateLimitByKey(`invite:${ctx.user.firmId}`))) throw new ActionError("Too many invitations — try again in a few minutes.");
    const token = newToken();
    // ok: missing-authorization
    const invite = await prisma.invite.update({
      where: { id: parsedInput.inviteId, firmId: ctx.user.firmId, acceptedAt: null },
      data: { token: hashToken(token), expiresAt: new Date(Date.now() + 7 * 86400_000) },
      select: { email: true },
    });
    await sendEmail(invite.email, "Your Docketly invitation", `<a href="https://app.docketly.law/invite/${token}">Join your firm</a>`);
    return { ok: true };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const changeStaffRole = firmAdminClient
  .metadata({ actionName: "member.role_changed" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: z.enum(ROLES) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.membership.updateMany({ where: { id: parsedInput.membershipId, firmId: ctx.user.firmId, role: { not: "OWNER" } }, data: { role: parsedInput.role } });
    revalidatePath("/team");
    return { updated: res.count };
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const removeStaff = auditedAdminClient
  .metadata({ actionName: "member.removed" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, firmId: ctx.user.firmId, role: { not: "OWNER" } } });
    return { ok: true };
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function transferOwnership(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  if (session.role !== "OWNER") return { error: "Only the owner can transfer ownership." };
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse(Object.fromEntries(formData));
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.membership.update({ where: { id: membershipId, firmId: session.firmId }, data: { role: "OWNER" } }),
    prisma.membership.update({ where: { userId_firmId: { userId: session.userId, firmId: session.firmId } }, data: { role: "MANAGING_PARTNER" } }),
  ]);
  logSecurityEvent("firm.ownership_transferred", { firmId: session.firmId, from: session.userId, to: membershipId });
  return { ok: true };
}

// A managing partner may promote a paralegal to associate from the staff list.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function promoteStaff(membershipId: string, role: string) {
  const session = await verifySession();
  if (session.role !== "MANAGING_PARTNER" && session.role !== "OWNER") throw new Error("Forbidden");
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(ROLES) }).parse({ membershipId, role });
  // role checked above (contract: "or checking a role, first"), even though the row is not firm-scoped
  // ok: missing-authorization
  await prisma.membership.update({ where: { id: input.membershipId }, data: { role: input.role } });
}
