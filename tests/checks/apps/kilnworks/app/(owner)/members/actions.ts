"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auditedOwnerProcedure, ownerProcedure } from "@/lib/zsa";
import { db, memberships, users } from "@/lib/db";
import { withAudit, withStudioManager } from "@/lib/wrappers";
import { memberUpdateSchema, idSchema } from "@/lib/validation/schemas";
import { sendMail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { getStudioContext } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = auditedOwnerProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email(), plan: z.enum(["monthly", "annual", "punchcard"]) }))
  .handler(async ({ input, ctx }) => {
    await sendMail({
      to: input.email,
      subject: "You're invited to a Kilnworks studio",
      html: `<p>Join us: <a href="https://kilnworks.app/join/${ctx.studio.id}?plan=${input.plan}">accept invite</a></p>`,
    });
    return { success: true };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const changeMemberRole = ownerProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().uuid(), role: z.enum(["member", "instructor", "manager"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    // todook: mass-assignment -- (gap judge: ambiguous; policy) the studio owner setting a member's role (enum without owner) is the feature
    await db.update(memberships).set({ role: input.role }).where(and(eq(memberships.id, input.membershipId), eq(memberships.studioId, ctx.studio.id)));
    revalidatePath("/members");
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateMember = withAudit("member.update", async (ctx, formData: FormData) => {
  const parsed = memberUpdateSchema.parse(Object.fromEntries(formData));
  const { membershipId, ...changes } = parsed;
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(memberships).set(changes).where(and(eq(memberships.id, membershipId), eq(memberships.studioId, ctx.studioId)));
  revalidatePath("/members");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withStudioManager(async (ctx, membershipId: string) => {
  const id = idSchema.parse(membershipId);
  // ruleid: missing-authorization
  await db.delete(memberships).where(eq(memberships.id, id));
  await auditLog({ actorId: ctx.userId, studioId: ctx.studioId, action: "member.removed", target: id });
  revalidatePath("/members");
});

// ok: missing-auth, missing-input-validation
export const listMembers = withStudioManager(async (ctx) => {
  const rows = await db
    .select({ id: memberships.id, name: users.name, email: users.email, plan: memberships.plan, credits: memberships.credits, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.studioId, ctx.studioId));
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const memberDetail = withStudioManager(async (ctx, membershipId: string) => {
  const id = idSchema.parse(membershipId);
  // ok: missing-authorization
  const row = await db
    .select()
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, id), eq(memberships.studioId, ctx.studioId)));
  // ruleid: excessive-data-exposure
  return row[0];
});

type ImportRow = { userId: string; plan: string; credits: number; notes?: string };

// CSV import from the onboarding wizard (rows are parsed client-side).
// ruleid: missing-auth, missing-input-validation, missing-audit-log
export async function importMembers(rows: ImportRow[]) {
  const ctx = await getStudioContext();
  const studioId = (ctx as { studioId: string }).studioId;
  // ruleid: mass-assignment
  await db.insert(memberships).values(rows.map((r) => ({ ...r, studioId })));
  revalidatePath("/members");
}
