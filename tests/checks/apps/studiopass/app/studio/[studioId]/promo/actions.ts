"use server";

import { z } from "zod";
import { type } from "arktype";
import { kdb } from "@/lib/kysely";
import { requireStaff } from "@/lib/dal";
import { sql as kyselySql } from "kysely";

const promoInput = type({ code: /^[A-Z0-9-]{3,20}$/, percentOff: "1 <= number.integer <= 100" });

// ok: missing-auth, missing-input-validation
export async function createPromoCode(studioId: string, input: unknown) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING", "STUDIO_MANAGER"]);
  const parsed = promoInput(input);
  if (parsed instanceof type.errors) return { error: parsed.summary };
  const row = await kdb
    .insertInto("promo_codes")
    .values({ studio_id: staff.studioId, code: parsed.code, percent_off: parsed.percentOff, active: true, created_by: staff.userId })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return { id: row.id };
}

// ok: missing-auth, missing-input-validation
export async function deactivatePromo(studioId: string, promoId: string) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING", "STUDIO_MANAGER"]);
  const id = z.string().uuid().parse(promoId);
  // ok: missing-authorization
  await kdb.updateTable("promo_codes").set({ active: false }).where("id", "=", id).where("studio_id", "=", staff.studioId).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function promoUsage(studioId: string, codePrefix: string) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING"]);
  const prefix = z.string().regex(/^[A-Z0-9-]{1,20}$/).parse(codePrefix);
  // ok: sql-injection
  const result = await kyselySql<{ code: string; uses: number }>`select code, count(*)::int as uses from promo_redemptions where studio_id = ${staff.studioId} and code like ${prefix + "%"} group by code`.execute(kdb);
  // ok: excessive-data-exposure
  return result.rows.map((r) => ({ code: r.code, uses: r.uses }));
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function exportPromoCodes(studioId: string, orderBy: string) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING"]);
  // ruleid: sql-injection
  const result = await kyselySql.raw<{ code: string; percent_off: number }>(`select code, percent_off from promo_codes where studio_id = '${staff.studioId}' order by ${orderBy}`).execute(kdb);
  return result.rows.map((r) => `${r.code},${r.percent_off}`).join("\n");
}
