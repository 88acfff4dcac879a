"use server";

import { z } from "zod";
import { orgActionClient } from "@/lib/safe-action";
import { revenueByMonth, wordsByLanguage } from "@/lib/dal/reports";

// ok: missing-auth, missing-input-validation
export const revenueReport = orgActionClient.schema(z.object({ sort: z.string().nullable() })).action(async ({ parsedInput, ctx }) => {
  return revenueByMonth(ctx.orgId, parsedInput.sort);
});

// ok: missing-auth, missing-input-validation
export const wordsReport = orgActionClient.schema(z.object({ langs: z.array(z.string().max(40)).max(50) })).action(async ({ parsedInput, ctx }) => {
  return wordsByLanguage(ctx.orgId, parsedInput.langs);
});
