"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { coopAdminClient } from "@/lib/safe-action";
import { requireCoopMember } from "@/lib/permissions";
import { withCoopAdmin } from "@/lib/wrappers";
import { sendEmail } from "@/lib/notify";
import { hashToken, newToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const STAFF_ROLES = ["ADMIN", "AGRONOMIST", "FIELD_OFFICER", "WAREHOUSE_MANAGER", "GRADER", "TREASURER", "SUPPORT", "VIEWER"] as const;

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export const inviteStaff = coopAdminClient
  .metadata({ actionName: "team.invite" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ email: z.string().email(), role: z.enum(STAFF_ROLES) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = newToken();
    await prisma.invite.create({
      data: {
        coopId: ctx.coopId,
        email: parsedInput.email,
        role: parsedInput.role,
        tokenHash: hashToken(raw),
        invitedById: ctx.userId,
        expiresAt: new Date(Date.now() + 7 * 864e5),
      },
    });
    await sendEmail({ to: parsedInput.email, subject: "You're invited to Seedline", html: `<a href="https://app.seedline.coop/invite/${raw}">Accept</a>` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withCoopAdmin("team.role_change", async (ctx, membershipId: string, role: string) => {
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(STAFF_ROLES) }).parse({ membershipId, role });
  // ok: missing-authorization
  await prisma.membership.updateMany({
    where: { id: input.membershipId, coopId: ctx.coopId, NOT: { role: "OWNER" } },
    data: { role: input.role },
  });
  return { ok: true };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function removeStaff(coopId: string, membershipId: string) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id, coopId: ctx.coopId, NOT: { role: "OWNER" } } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferOwnership(coopId: string, newOwnerUserId: string) {
  const ctx = await requireCoopMember(coopId, ["OWNER"]);
  const target = z.string().cuid().parse(newOwnerUserId);
  // ok: missing-authorization
  const membership = await prisma.membership.findFirst({ where: { coopId: ctx.coopId, userId: target }, select: { id: true } });
  if (!membership) throw new Error("The new owner must already be on the team");
  await prisma.$transaction([
    prisma.membership.update({ where: { id: membership.id }, data: { role: "OWNER" } }),
    prisma.membership.updateMany({ where: { coopId: ctx.coopId, userId: ctx.userId }, data: { role: "ADMIN" } }),
  ]);
  logger.info({ event: "coop.ownership_transferred", coopId: ctx.coopId, from: ctx.userId, to: target }, "ownership transferred");
  return { ok: true };
}
