"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { adminActionClient, authActionClient, workspaceActionClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { memberships, users } from "@/lib/db/schema";
import { memberRoleSchema } from "@/lib/validation";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = adminActionClient
  .metadata({ actionName: "member.changeRole" })
  .schema(memberRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db.update(memberships).set({ role: parsedInput.role }).where(and(eq(memberships.id, parsedInput.membershipId), eq(memberships.workspaceId, ctx.workspaceId)));
    return { success: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = adminActionClient
  .metadata({ actionName: "member.remove" })
  .schema(z.object({ workspaceId: z.string().uuid(), membershipId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.delete(memberships).where(and(eq(memberships.id, parsedInput.membershipId), eq(memberships.workspaceId, ctx.workspaceId)));
    return { success: true };
  });

// why: any member (not only admins) changes roles; role change is not audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const setMemberRoleLegacy = workspaceActionClient
  .metadata({ actionName: "member.setRoleLegacy" })
  .schema(z.object({ workspaceId: z.string().uuid(), userId: z.string(), role: z.enum(["owner", "admin", "editor", "viewer"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // why: role from input written by a caller whose own role is never checked (a viewer can make themselves owner); the write stays workspace-scoped
    // ruleid: mass-assignment
    // ok: missing-authorization
    await db.update(memberships).set({ role: parsedInput.role }).where(and(eq(memberships.userId, parsedInput.userId), eq(memberships.workspaceId, ctx.workspaceId)));
    return { success: true };
  });

const inviteSchema = z.object({ workspaceId: z.string().uuid(), email: z.string().email(), role: z.enum(["admin", "editor", "viewer"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = adminActionClient
  .metadata({ actionName: "member.invite" })
  .schema(inviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`invite:${ctx.workspaceId}`);
    // ok: missing-authorization
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsedInput.email)).limit(1);
    if (u) {
      // ok: mass-assignment
      await db.insert(memberships).values({ workspaceId: ctx.workspaceId, userId: u.id, role: parsedInput.role }).onConflictDoNothing();
    }
    await sendMail({ to: parsedInput.email, subject: "You're invited to Clauseway", html: `<p>${ctx.user.name} invited you.</p>` });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const leaveWorkspace = authActionClient
  .metadata({ actionName: "member.leave" })
  .schema(z.object({ workspaceId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.delete(memberships).where(and(eq(memberships.workspaceId, parsedInput.workspaceId), eq(memberships.userId, ctx.user.id)));
    // ok: missing-authorization
    await auditLog({ actorId: ctx.user.id, workspaceId: parsedInput.workspaceId, action: "member.leave" });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const listMembers = workspaceActionClient
  .metadata({ actionName: "member.list" })
  .schema(z.object({ workspaceId: z.string().uuid() }))
  .action(async ({ ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(eq(memberships.workspaceId, ctx.workspaceId));
    // why: full users rows (twoFactorSecret, isPlatformAdmin) for every member
    // ruleid: excessive-data-exposure
    return rows;
  });
