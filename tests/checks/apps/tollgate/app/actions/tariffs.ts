"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { publicProcedure } from "@/lib/zsa";
import { searchTariffs, tariffByCode, tariffsInChapter } from "@/lib/search";
import { hsCode } from "@/lib/validators";

// Public tariff lookups (public data).

// ok: missing-auth, missing-input-validation
export const lookupTariff = publicProcedure
  .createServerAction()
  .input(z.object({ code: hsCode }))
  .handler(async ({ input }) => {
    const row = await tariffByCode(input.code);
    // ok: excessive-data-exposure
    return row ? { hsCode: row.hs_code, description: row.description, dutyRate: row.duty_rate } : null;
  });

// ok: missing-auth, missing-input-validation
export const searchTariffAction = createServerAction()
  .input(z.object({ q: z.string().min(2).max(100), sort: z.enum(["code", "rate", "chapter"]).optional() }))
  .handler(async ({ input }) => {
    const rows = await searchTariffs(input.q, input.sort ?? null);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const browseChapter = createServerAction()
  .input(z.object({ chapter: z.coerce.number().int().min(1).max(99) }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    return tariffsInChapter(String(input.chapter));
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function browseChapterRaw(chapter: string) {
  return tariffsInChapter(chapter);
}
