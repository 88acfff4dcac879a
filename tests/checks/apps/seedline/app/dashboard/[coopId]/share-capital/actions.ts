"use server";

import { z } from "zod";
import { kdb } from "@/lib/kysely";
import { verifySession } from "@/lib/dal";
import { coopAdminClient } from "@/lib/safe-action";
import { withCoopAdmin } from "@/lib/wrappers";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const declareDividend = withCoopAdmin("dividend.declare", async (ctx, ratePct: number) => {
  const rate = z.number().min(0).max(25).parse(ratePct);
  await kdb
    .insertInto("share_transactions")
    .values({ id: crypto.randomUUID(), coop_id: ctx.coopId, member_id: "*", amount: rate, kind: "DIVIDEND_DECLARED", created_at: new Date() })
    .execute();
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adjustShareBalance = coopAdminClient
  .metadata({ actionName: "share.adjust" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ memberId: z.string().cuid(), amount: z.number(), reason: z.string().max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    await kdb
      .insertInto("share_transactions")
      // ruleid: missing-authorization -- (added in pass 31, fixgap31a) a co-op admin files an adjustment under a member id the client picks, never looked up in the co-op
      .values({ id: crypto.randomUUID(), coop_id: ctx.coopId, member_id: parsedInput.memberId, amount: parsedInput.amount, kind: "ADJUSTMENT", created_at: new Date() })
      .execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function getShareStatement(memberId: string) {
  await verifySession();
  const id = z.string().cuid().parse(memberId);
  // ruleid: missing-authorization
  const rows = await kdb
    .selectFrom("share_transactions")
    .select(["amount", "kind", "created_at"])
    .where("member_id", "=", id)
    .orderBy("created_at", "desc")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}
