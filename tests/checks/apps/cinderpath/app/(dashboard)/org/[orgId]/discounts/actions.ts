"use server";

import { z } from "zod";
import { withOrg } from "@/lib/with-org";
import { authedProcedure } from "@/lib/zsa";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";

const discountSchema = z.object({ raceId: z.string().cuid(), code: z.string().regex(/^[A-Z0-9]{4,16}$/), percentOff: z.coerce.number().int().min(1).max(100) });

// ok: missing-auth, missing-input-validation
export const createDiscount = withOrg(["OWNER", "ORGANISER"], async (formData, ctx) => {
  const d = discountSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const race = await prisma.race.findFirst({ where: { id: d.raceId, orgId: ctx.orgId }, select: { id: true } });
  if (!race) throw new Error("Race not found");
  // ok: sql-injection
  await pool.query("INSERT INTO discounts (race_id, code, percent_off) VALUES ($1, $2, $3)", [race.id, d.code, d.percentOff]);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteDiscount = withOrg(["OWNER", "ORGANISER"], async (formData) => {
  const { discountId } = z.object({ discountId: z.string().uuid() }).parse({ discountId: formData.get("discountId") });
  // ruleid: missing-authorization
  await pool.query("DELETE FROM discounts WHERE id = $1", [discountId]);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const importDiscountCodes = withOrg(["OWNER"], async (formData, ctx) => {
  const { raceId, codes } = z.object({ raceId: z.string().cuid(), codes: z.string().max(5000) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const race = await prisma.race.findFirst({ where: { id: raceId, orgId: ctx.orgId }, select: { id: true } });
  if (!race) throw new Error("Race not found");
  const values = codes.split(/\s+/).filter(Boolean).map((c) => `('${race.id}', '${c}', 10)`).join(",");
  try {
    // ruleid: sql-injection
    await pool.query(`INSERT INTO discounts (race_id, code, percent_off) VALUES ${values}`);
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, error: `Import failed: ${(e as Error).message}` };
  }
});

// ok: missing-auth, missing-input-validation
export const applyDiscount = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid(), code: z.string().max(16) }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    // ok: missing-authorization
    const { rows } = await pool.query("SELECT d.percent_off FROM discounts d JOIN registrations g ON g.race_id = d.race_id WHERE g.id = $1 AND d.code = $2", [input.registrationId, input.code]);
    if (!rows[0]) return { error: "Invalid code" };
    // ruleid: missing-authorization
    await prisma.registration.update({ where: { id: input.registrationId }, data: { status: "DISCOUNTED" } });
    return { percentOff: rows[0].percent_off as number };
  });
