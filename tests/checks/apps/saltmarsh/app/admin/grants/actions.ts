"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { grants } from "@/lib/db/schema";
import { withAdminAudit } from "@/lib/wrappers/with-audit";
import { adminAction, authedAction } from "@/lib/safe/procedures";
import { requireRole } from "@/lib/auth/dal";

const GrantSchema = z.object({
  tenantId: z.string().uuid(),
  code: z.string().regex(/^[A-Z]{2,6}-\d{3,6}$/),
  title: z.string().min(3).max(200),
  piUserId: z.string().min(1),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createGrant = withAdminAudit("grant.create", async (_staff, raw: unknown) => {
  const data = GrantSchema.parse(raw);
  // ok: mass-assignment
  const [g] = await db.insert(grants).values(data).returning({ id: grants.id });
  return g;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adjustGrantBalance = adminAction
  .input(z.object({ id: z.string().uuid(), deltaCents: z.number().int() }))
  .handler(async ({ input }) => {
    const [g] = await db.select({ balanceCents: grants.balanceCents }).from(grants).where(eq(grants.id, input.id));
    if (!g) return { error: "Grant not found" };
    // ok: missing-authorization, mass-assignment
    await db.update(grants).set({ balanceCents: g.balanceCents + input.deltaCents }).where(eq(grants.id, input.id));
    return { ok: true };
  });

// Grant PIs can edit their own grant title.
// ok: missing-auth, missing-input-validation
export const renameGrant = authedAction
  .input(z.object({ id: z.string().uuid(), title: z.string().min(3).max(200), balanceCents: z.number().int().optional() }))
  .handler(async ({ input, ctx }) => {
    const [g] = await db.select({ piUserId: grants.piUserId }).from(grants).where(eq(grants.id, input.id));
    if (!g || g.piUserId !== ctx.user.id) throw new Error("Not your grant");
    // ruleid: mass-assignment -- balanceCents is the grant balance (cause A, fixed in pass 32)
    await db.update(grants).set({ title: input.title, balanceCents: input.balanceCents }).where(eq(grants.id, input.id));
    return { ok: true };
  });

// ruleid: missing-input-validation, missing-audit-log -- cause C, fixed in pass 32 (the whole patch may set balanceCents)
// ok: missing-auth
export async function updateGrant(id: string, patch: Partial<typeof grants.$inferInsert>) {
  await requireRole("admin");
  // ruleid: mass-assignment
  await db.update(grants).set(patch).where(eq(grants.id, id));
}
