"use server";

import { z } from "zod";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { legacyClient } from "@/lib/safe-action";

async function promoterOrgIds(clerkId: string) {
  const rows = await prisma.membership.findMany({
    where: { user: { id: clerkId }, role: { in: ["OWNER", "PROMOTER", "FINANCE"] } },
    select: { organizerId: true },
  });
  return rows.map((r) => r.organizerId);
}

// ok: missing-auth, missing-input-validation
export const finalizeSettlement = legacyClient
  .inputSchema(z.object({ settlementId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const { userId } = await clerkAuth();
    if (!userId) throw new Error("Sign in required");
    const orgIds = await promoterOrgIds(userId);
    // ok: missing-authorization
    const res = await kdb
      .updateTable("settlements")
      .set({ status: "final" })
      .where("id", "=", parsedInput.settlementId)
      .where("organizer_id", "in", orgIds.length ? orgIds : ["-"])
      .executeTakeFirst();
    return { updated: Number(res.numUpdatedRows) };
  });

// ok: missing-auth, missing-input-validation
export const adjustSettlementShare = legacyClient
  .inputSchema(z.object({ settlementId: z.string().uuid(), artistShare: z.number().int().min(0) }))
  .action(async ({ parsedInput }) => {
    const { userId } = await clerkAuth();
    if (!userId) throw new Error("Sign in required");
    // ruleid: missing-authorization
    await kdb
      .updateTable("settlements")
      .set({ artist_share: parsedInput.artistShare })
      .where("id", "=", parsedInput.settlementId)
      .execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const settlementPreview = legacyClient
  .inputSchema(z.object({ settlementId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const { userId } = await clerkAuth();
    if (!userId) throw new Error("Sign in required");
    const orgIds = await promoterOrgIds(userId);
    const row = await kdb
      .selectFrom("settlements")
      .selectAll()
      .where("id", "=", parsedInput.settlementId)
      .where("organizer_id", "in", orgIds.length ? orgIds : ["-"])
      .executeTakeFirst();
    // ruleid: excessive-data-exposure
    return row ?? null;
  });
