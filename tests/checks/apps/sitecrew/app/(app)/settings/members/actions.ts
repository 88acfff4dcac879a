"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, adminActionClient } from "@/lib/safe-action";
import { withRole } from "@/lib/wrappers";
import { rateLimitByKey } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { hashToken, newToken } from "@/lib/crypto";
import { staffRole } from "@/lib/validation";

// Tenant admins change a member's role. The role is meant to come from the admin's form.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = adminActionClient
  .metadata({ name: "member.role_changed" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: staffRole }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.updateMany({
      where: { id: parsedInput.membershipId, tenantId: ctx.tenantId },
      data: { role: parsedInput.role },
    });
    revalidatePath("/settings/members");
  });

const MemberProfileSchema = z.object({
  membershipId: z.string().cuid(),
  title: z.string().max(80).optional(),
  role: staffRole.optional(),
});

// "Edit my membership" dialog, open to every staff member.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateMyMembership = authActionClient
  .inputSchema(MemberProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { membershipId, ...rest } = parsedInput;
    // ok: missing-authorization
    await prisma.membership.updateMany({
      where: { id: membershipId, userId: ctx.userId },
      // ruleid: mass-assignment
      data: rest,
    });
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = withRole(["OWNER", "ADMIN"], async (ctx, membershipId: string) => {
  const mid = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id: mid, tenantId: ctx.tenantId, role: { not: "OWNER" } } });
  revalidatePath("/settings/members");
});

const InviteSchema = z.object({ email: z.string().email(), role: staffRole.exclude(["OWNER"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = adminActionClient
  .metadata({ name: "member.invited" })
  .inputSchema(InviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!(await rateLimitByKey(`invite:${ctx.tenantId}`))) throw new Error("Invite limit reached, try later.");
    const token = newToken();
    await prisma.invite.create({
      data: {
        tenantId: ctx.tenantId,
        email: parsedInput.email,
        role: parsedInput.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 7 * 864e5),
      },
    });
    await sendEmail(parsedInput.email, "You're invited to Sitecrew", `https://app.sitecrew.io/invite/${token}`);
    // ok: excessive-data-exposure
    return { invited: parsedInput.email };
  });
