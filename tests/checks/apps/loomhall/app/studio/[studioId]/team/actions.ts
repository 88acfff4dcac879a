"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { leadActionClient } from "@/lib/safe-action";
import { sendMail } from "@/lib/mail";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const inviteMember = leadActionClient
  .metadata({ name: "inviteMember" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const studio = await prisma.studio.findUniqueOrThrow({ where: { id: ctx.studioId }, select: { name: true } });
    await sendMail(parsedInput.email, `Join ${studio.name} on Loomhall`, `<a href="${process.env.APP_URL}/join/${ctx.studioId}">Accept</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendInvite = leadActionClient
  .metadata({ name: "resendInvite" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`invite:${ctx.userId}`);
    await sendMail(parsedInput.email, "Your Loomhall invitation", `<a href="${process.env.APP_URL}/join/${ctx.studioId}">Accept</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const promoteToLead = leadActionClient
  .metadata({ name: "promoteToLead" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const member = await prisma.studioMember.findFirst({ where: { studioId: ctx.studioId, user: { email: parsedInput.email } }, select: { id: true, userId: true } });
    // ok: information-disclosure
    if (!member) return { error: "That person is not in your studio." };
    // ok: missing-authorization, mass-assignment
    await prisma.studioMember.update({ where: { id: member.id }, data: { role: "LEAD" }, select: { id: true } });
    await auditLog({ actorId: ctx.userId, action: "member.role_changed", target: member.userId, meta: { role: "LEAD" } });
    revalidatePath("/studio");
    return { ok: true };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const demoteLead = leadActionClient
  .metadata({ name: "demoteLead" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.studioMember.updateMany({ where: { studioId: ctx.studioId, userId: parsedInput.userId }, data: { role: "MEMBER" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = leadActionClient
  .metadata({ name: "removeMember" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.studioMember.deleteMany({ where: { studioId: ctx.studioId, userId: parsedInput.userId } });
    await auditLog({ actorId: ctx.userId, action: "member.deleted", target: parsedInput.userId });
    return { ok: true };
  });
