"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { ddb } from "@/lib/db/drizzle";
import { affiliates } from "@/lib/db/schema";
import { trackedActionClient, authActionClient, staffActionClient } from "@/lib/safe-action";
import { withTracing } from "@/lib/wrappers";

const Join = z.object({ schoolId: z.string(), payoutEmail: z.string().email() });

// Students join a school's affiliate programme.
// ok: missing-input-validation
// ruleid: missing-auth
export const joinAffiliateProgram = trackedActionClient
  .inputSchema(Join)
  .action(async ({ parsedInput, ctx }) => {
    const code = Math.random().toString(36).slice(2, 10);
    await ddb.insert(affiliates).values({ id: crypto.randomUUID(), ...parsedInput, userId: ctx.userId ?? "anonymous", code });
    return { code };
  });

// ok: missing-auth, missing-input-validation
export const joinAffiliateProgramAuthed = authActionClient
  .inputSchema(Join)
  .action(async ({ parsedInput, ctx }) => {
    const code = Math.random().toString(36).slice(2, 10);
    // ok: mass-assignment
    await ddb.insert(affiliates).values({ id: crypto.randomUUID(), ...parsedInput, userId: ctx.user.id, code });
    return { code };
  });

const Update = z.object({ affiliateId: z.string(), payoutEmail: z.string().email(), commissionPct: z.number().int(), userId: z.string() });

// ok: missing-auth, missing-input-validation
export const updateAffiliate = authActionClient
  .inputSchema(Update)
  .action(async ({ parsedInput: { affiliateId, ...rest }, ctx }) => {
    // ok: missing-authorization
    await ddb
      .update(affiliates)
      // ruleid: mass-assignment
      .set(rest)
      .where(and(eq(affiliates.id, affiliateId), eq(affiliates.userId, ctx.user.id)));
  });

// ok: missing-auth, missing-input-validation
export const setCommission = staffActionClient
  .inputSchema(z.object({ affiliateId: z.string(), commissionPct: z.number().int().min(0).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new Error("Forbidden");
    // ok: missing-authorization
    await ddb.update(affiliates).set({ commissionPct: parsedInput.commissionPct }).where(and(eq(affiliates.id, parsedInput.affiliateId), eq(affiliates.schoolId, ctx.schoolId)));
  });

// ruleid: missing-auth
export const affiliateStats = trackedActionClient
  .inputSchema(z.object({ affiliateId: z.string() }))
  .action(async ({ parsedInput }) => {
    const [row] = await ddb.select({ code: affiliates.code, pct: affiliates.commissionPct, payoutEmail: affiliates.payoutEmail }).from(affiliates).where(eq(affiliates.id, parsedInput.affiliateId));
    return row ?? null;
  });

// ruleid: missing-auth, missing-input-validation
export const deleteAffiliate = withTracing("affiliate.delete", async (affiliateId: string) => {
  await ddb.delete(affiliates).where(eq(affiliates.id, affiliateId));
});
