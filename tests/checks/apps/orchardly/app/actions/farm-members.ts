"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { db } from "@/lib/db";
import { members } from "@/db/schema";
import { ownerActionClient, farmActionClient } from "@/lib/safe-action";
import { withFarmRole, withFarm } from "@/lib/with-farm";
import { requireFarmRole } from "@/lib/auth";
import { isFarmOwner } from "@/lib/guards";
import { recordActivity } from "@/lib/activity";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["packer", "driver", "coordinator", "member"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const inviteToFarm = ownerActionClient
  .metadata({ name: "inviteToFarm" })
  .schema(inviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const client = await clerkClient();
    await client.organizations.createOrganizationInvitation({ organizationId: (await auth()).orgId!, emailAddress: parsedInput.email, role: `org:${parsedInput.role}`, inviterUserId: ctx.userId });
    await sendMail(parsedInput.email, `Join ${ctx.farm.name} on Orchardly`, `<p>You have been invited as ${parsedInput.role}.</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const resendInvite = ownerActionClient
  .metadata({ name: "resendInvite" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`invite:${ctx.farm.id}`);
    if (!success) return { error: "Too many invites, try again later" };
    await sendMail(parsedInput.email, `Reminder: join ${ctx.farm.name}`, "<p>Your invitation is waiting.</p>");
    return { ok: true };
  });

const roleSchema = z.object({ memberId: z.string().uuid(), role: z.enum(["packer", "driver", "coordinator", "member"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = withFarmRole(["owner"], "member.role_changed", async ({ farm }, input: z.infer<typeof roleSchema>) => {
  const { memberId, role } = roleSchema.parse(input);
  // ok: missing-authorization
  await db.update(members).set({ role }).where(and(eq(members.id, memberId), eq(members.farmId, farm.id)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = withFarm(async ({ farm, member }, input: { memberId: string }) => {
  if (member.role !== "owner") throw new Error("Owners only");
  const memberId = z.string().uuid().parse(input.memberId);
  // ok: missing-authorization
  await db.delete(members).where(and(eq(members.id, memberId), eq(members.farmId, farm.id)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function promoteToCoordinator(memberId: string) {
  const { farm, userId } = await requireFarmRole("owner");
  const id = z.string().uuid().parse(memberId);
  // ok: missing-authorization, mass-assignment
  await db.update(members).set({ role: "coordinator" }).where(and(eq(members.id, id), eq(members.farmId, farm.id)));
  await recordActivity({ farmId: farm.id, actorId: userId, action: "member.promoted", meta: { id } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function demoteMember(farmId: string, memberId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  const ids = z.object({ farmId: z.string().uuid(), memberId: z.string().uuid() }).parse({ farmId, memberId });
  // ruleid: floating-auth-check
  if (!isFarmOwner(ids.farmId)) throw new Error("Owners only");
  // ruleid: missing-authorization
  await db.update(members).set({ role: "member" }).where(and(eq(members.id, ids.memberId), eq(members.farmId, ids.farmId)));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferOwnership(farmId: string, newOwnerId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  const ids = z.object({ farmId: z.string().uuid(), newOwnerId: z.string().uuid() }).parse({ farmId, newOwnerId });
  // ok: floating-auth-check
  if (!(await isFarmOwner(ids.farmId))) throw new Error("Owners only");
  // ok: missing-authorization
  await db.update(members).set({ role: "owner" }).where(and(eq(members.id, ids.newOwnerId), eq(members.farmId, ids.farmId)));
  await recordActivity({ farmId: ids.farmId, actorId: userId, action: "farm.ownership_transferred", meta: { to: ids.newOwnerId } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setMyRole = farmActionClient
  .metadata({ name: "setMyRole" })
  .schema(z.object({ role: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const client = await clerkClient();
    // ruleid: mass-assignment
    await client.users.updateUserMetadata(ctx.userId, { publicMetadata: { farmRole: parsedInput.role } });
    // ruleid: mass-assignment
    await db.update(members).set({ role: parsedInput.role as "member" }).where(eq(members.id, ctx.member.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listFarmMembers = farmActionClient
  .metadata({ name: "listFarmMembers" })
  .schema(z.object({}))
  .action(async ({ ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(members).where(eq(members.farmId, ctx.farm.id));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const farmDirectory = farmActionClient
  .metadata({ name: "farmDirectory" })
  .schema(z.object({}))
  .action(async ({ ctx }) => {
    const rows = await db.select({ id: members.id, fullName: members.fullName, role: members.role }).from(members).where(eq(members.farmId, ctx.farm.id));
    // ok: excessive-data-exposure
    return rows;
  });
