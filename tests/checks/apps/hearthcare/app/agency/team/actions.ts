"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { agencyAdminClient, agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const RoleEnum = z.enum(["ADMIN", "COORDINATOR", "BILLING"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = agencyAdminClient
  .schema(z.object({ membershipId: z.string(), role: RoleEnum }))
  .metadata({ actionName: "changeMemberRole" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.membership.updateMany({ where: { id: parsedInput.membershipId, agencyId: ctx.agencyId, role: { not: "OWNER" } }, data: { role: parsedInput.role } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const inviteMember = agencyAdminClient
  .schema(z.object({ email: z.string().email(), role: RoleEnum }))
  .metadata({ actionName: "inviteMember" })
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`invite:${ctx.agencyId}`);
    if (!success) throw new Error("Invite limit reached");
    const token = randomBytes(24).toString("base64url");
    await sendEmail(parsedInput.email, "You're invited to Hearthcare", `<a href="https://app.hearthcare.app/join/${token}">Join</a>`);
  });

// Coordinators can "promote" themselves: role comes straight from the client.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateMyMembership = agencyActionClient
  .schema(z.object({ role: z.string() }))
  .metadata({ actionName: "updateMyMembership" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.membership.update({ where: { userId_agencyId: { userId: ctx.userId, agencyId: ctx.agencyId } }, data: { role: parsedInput.role as any } });
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = agencyActionClient
  .schema(z.object({ membershipId: z.string() }))
  .metadata({ actionName: "removeMember" })
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER") throw new Error("Only the owner can remove members");
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, agencyId: ctx.agencyId } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const transferOwnership = agencyActionClient
  .schema(z.object({ toUserId: z.string() }))
  .metadata({ actionName: "transferOwnership" })
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER") throw new Error("Only the owner can transfer ownership");
    const target = await prisma.membership.findUnique({ where: { userId_agencyId: { userId: parsedInput.toUserId, agencyId: ctx.agencyId } }, select: { id: true } });
    if (!target) throw new Error("Not a member");
    await prisma.$transaction([
      prisma.membership.update({ where: { id: target.id }, data: { role: "OWNER" } }),
      prisma.membership.update({ where: { userId_agencyId: { userId: ctx.userId, agencyId: ctx.agencyId } }, data: { role: "ADMIN" } }),
    ]);
    await auditLog({ agencyId: ctx.agencyId, actorId: ctx.userId, action: "agency.ownership_transferred", target: parsedInput.toUserId });
  });
