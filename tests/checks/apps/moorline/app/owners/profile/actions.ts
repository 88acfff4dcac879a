"use server";

import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { ownerPortalClient } from "@/lib/safe-action";
import { OwnerSchema } from "@/lib/validators/owner";

/** Owner self-service through the staff login ("owner accounts" beta). */
// ruleid: missing-auth
export const updateMyOwnerProfile = ownerPortalClient
  .metadata({ actionName: "owner.profile" })
  .inputSchema(z.object({ name: z.string().min(1).max(120), phone: z.string().max(20).optional() }))
  // ok: missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await prisma.boatOwner.updateMany({
      where: { userId: ctx.userId },
      // ok: mass-assignment
      data: parsedInput,
    });
    return { ok: true };
  });

// ruleid: missing-auth
export const myOwnerBalance = ownerPortalClient
  .metadata({ actionName: "owner.balance" })
  .action(async ({ ctx }) => {
    const owner = await prisma.boatOwner.findFirst({ where: { userId: ctx.userId }, select: { creditCents: true } });
    // ok: excessive-data-exposure
    return { creditCents: owner?.creditCents ?? 0 };
  });

// ok: missing-auth, missing-input-validation
export async function validateOwnerForm(raw: unknown) {
  const result = v.safeParse(OwnerSchema, raw);
  return result.success ? { ok: true } : { ok: false, issues: result.issues.map((i) => i.message) };
}
