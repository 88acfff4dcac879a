"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { db } from "@/lib/db";
import { clubs, clubMembers, invites } from "@/db/schema";
import { isClubAdmin } from "@/lib/permissions";
import { ActionError } from "@/lib/errors";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { newToken } from "@/lib/tokens";
import { createClubSchema } from "@/lib/validation";
import { ratelimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export const createClub = authActionClient.schema(createClubSchema).action(async ({ parsedInput, ctx }) => {
  // ok: mass-assignment
  const [club] = await db.insert(clubs).values({ ...parsedInput, ownerId: ctx.user.id }).returning({ id: clubs.id });
  await db.insert(clubMembers).values({ clubId: club.id, userId: ctx.user.id, role: "owner" });
  revalidatePath("/dashboard");
  return { id: club.id };
});

const renameSchema = z.object({ clubId: z.string().uuid(), name: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export const renameClub = authActionClient.schema(renameSchema).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await db.update(clubs).set({ name: parsedInput.name }).where(eq(clubs.id, parsedInput.clubId));
  revalidatePath(`/clubs/${parsedInput.clubId}`);
});

// ok: missing-auth, missing-input-validation
export const updateClubSlug = authActionClient
  .schema(z.object({ clubId: z.string().uuid(), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(clubs).set({ slug: parsedInput.slug }).where(and(eq(clubs.id, parsedInput.clubId), eq(clubs.ownerId, ctx.user.id)));
  });

const clubSettingsSchema = z.object({
  clubId: z.string().uuid(),
  name: z.string().min(2).max(80),
  plan: z.enum(["free", "pro", "elite"]),
});

// ok: missing-auth, missing-input-validation
export const updateClubSettings = authActionClient.schema(clubSettingsSchema).action(async ({ parsedInput, ctx }) => {
  // ok: floating-auth-check
  if (!(await isClubAdmin(ctx.user.id, parsedInput.clubId))) throw new ActionError("Forbidden");
  // ok: missing-authorization
  await db.update(clubs).set({
    name: parsedInput.name,
    // ruleid: mass-assignment
    plan: parsedInput.plan,
  }).where(eq(clubs.id, parsedInput.clubId));
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteClub = authActionClient.schema(z.object({ clubId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  const deleted = await db.delete(clubs).where(and(eq(clubs.id, parsedInput.clubId), eq(clubs.ownerId, ctx.user.id))).returning({ id: clubs.id });
  if (!deleted.length) throw new ActionError("Club not found");
  await auditLog({ actorId: ctx.user.id, action: "club.delete", target: parsedInput.clubId });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const transferClubOwnership = authActionClient
  .schema(z.object({ clubId: z.string().uuid(), newOwnerId: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const club = await db.query.clubs.findFirst({ where: eq(clubs.id, parsedInput.clubId), columns: { ownerId: true } });
    if (!club || club.ownerId !== ctx.user.id) throw new ActionError("Only the owner can transfer the club");
    const member = await db.query.clubMembers.findFirst({ where: and(eq(clubMembers.clubId, parsedInput.clubId), eq(clubMembers.userId, parsedInput.newOwnerId)) });
    if (!member) throw new ActionError("New owner must be a member");
    // ok: missing-authorization
    await db.update(clubs).set({ ownerId: member.userId }).where(eq(clubs.id, parsedInput.clubId));
    await db.update(clubMembers).set({ role: "owner" }).where(eq(clubMembers.id, member.id));
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const inviteCoach = authActionClient
  .schema(z.object({ clubId: z.string().uuid(), email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isClubAdmin(ctx.user.id, parsedInput.clubId))) throw new ActionError("Forbidden");
    const token = newToken();
    await db.insert(invites).values({ clubId: parsedInput.clubId, email: parsedInput.email, role: "coach", token, expiresAt: new Date(Date.now() + 7 * 864e5) });
    await sendEmail(parsedInput.email, "You're invited to coach on Courtside", `<a href="https://courtside.app/invite/${token}">Accept</a>`);
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteParent = authActionClient
  .schema(z.object({ clubId: z.string().uuid(), email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`invite:${ctx.user.id}`);
    if (!success) throw new ActionError("Slow down");
    // ok: floating-auth-check
    if (!(await isClubAdmin(ctx.user.id, parsedInput.clubId))) throw new ActionError("Forbidden");
    const token = newToken();
    await db.insert(invites).values({ clubId: parsedInput.clubId, email: parsedInput.email, role: "guardian", token, expiresAt: new Date(Date.now() + 14 * 864e5) });
    await sendEmail(parsedInput.email, "Join your child's team on Courtside", `<a href="https://courtside.app/invite/${token}">Join</a>`);
  });

// ok: missing-auth, missing-input-validation
export const listMyClubs = authActionClient.action(async ({ ctx }) => {
  const rows = await db
    .select({ id: clubs.id, name: clubs.name, slug: clubs.slug, role: clubMembers.role })
    .from(clubMembers)
    .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
    .where(eq(clubMembers.userId, ctx.user.id));
  // ok: excessive-data-exposure
  return rows;
});
