"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { familyProcedure } from "@/lib/zsa";
import { db } from "@/lib/db/drizzle";
import { familyMembers } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

// Primary contact invites another relative.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteRelative = familyProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email(), relationship: z.string().max(40) }))
  .handler(async ({ input, ctx }) => {
    if (!ctx.member.isPrimary) throw new Error("Only the primary contact can invite relatives");
    await rateLimitByIp(`family-invite:${ctx.clerkUserId}`, 5);
    const token = randomBytes(32).toString("hex");
    await prisma.familyInvite.create({ data: { agencyId: ctx.member.agencyId, clientId: ctx.member.clientId, email: input.email, token, expiresAt: new Date(Date.now() + 7 * 86400000) } });
    await sendEmail(input.email, "You've been invited to follow a loved one's care", `<a href="https://app.hearthcare.app/family/join?token=${token}">Accept</a>`);
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function acceptInvite(_prev: unknown, formData: FormData) {
  const { userId } = await auth();
  if (!userId) return { error: "Sign in to accept" };
  await rateLimitByIp("accept-invite", 10);
  const token = z.string().length(64).parse(formData.get("token"));
  // ok: timing-unsafe-comparison
  const invite = await prisma.familyInvite.findUnique({ where: { token }, select: { id: true, agencyId: true, clientId: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return { error: "This invite has expired." };
  await db.insert(familyMembers).values({ id: crypto.randomUUID(), clerkUserId: userId, clientId: invite.clientId, agencyId: invite.agencyId, relationship: "family" });
  await prisma.familyInvite.delete({ where: { id: invite.id } });
  return { success: true };
}

// "Grant billing access" toggle on the family settings page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setBillingAccess = familyProcedure
  .createServerAction()
  .input(z.object({ memberId: z.string(), canViewBilling: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    if (!ctx.member.isPrimary) throw new Error("Only the primary contact manages access");
    // ok: missing-authorization
    await db.update(familyMembers).set({ canViewBilling: input.canViewBilling }).where(and(eq(familyMembers.id, input.memberId), eq(familyMembers.clientId, ctx.member.clientId)));
  });
