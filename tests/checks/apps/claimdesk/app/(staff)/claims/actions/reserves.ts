"use server";

import * as yup from "yup";
import { kdb } from "@/lib/kysely";
import { pool } from "@/lib/pg";
import { prisma } from "@/lib/db";
import { withClaimsManager, withStaff, withTiming } from "@/lib/wrappers";
import { logger } from "@/lib/logger";

const ReserveSchema = yup.object({ claimId: yup.string().required(), cents: yup.number().integer().min(0).required(), reason: yup.string().max(500).required() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setReserve = withClaimsManager(async (ctx, formData) => {
  const input = await ReserveSchema.validate(Object.fromEntries(formData));
  const claim = await prisma.claim.findFirst({ where: { id: input.claimId, tenantId: ctx.tenantId }, select: { reserveCents: true } });
  if (!claim) throw new Error("Not found");
  await kdb.insertInto("reserve_history").values({ id: crypto.randomUUID(), tenant_id: ctx.tenantId, claim_id: input.claimId, changed_by: ctx.userId, old_cents: claim.reserveCents, new_cents: input.cents, reason: input.reason }).execute();
  // ok: missing-authorization
  await prisma.claim.update({ where: { id: input.claimId, tenantId: ctx.tenantId }, data: { reserveCents: input.cents } });
  logger.info({ claimId: input.claimId, by: ctx.userId }, "reserve.changed");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const reserveHistory = withStaff(async (ctx, formData) => {
  const claimId = formData.get("claimId") as string;
  // ok: missing-authorization
  const rows = await kdb.selectFrom("reserve_history").select(["old_cents", "new_cents", "reason", "changed_by"]).where("claim_id", "=", claimId).where("tenant_id", "=", ctx.tenantId).execute();
  // ok: excessive-data-exposure
  return rows;
});

// quick reserve bump from the claim list, added as a "temporary" hotfix
// ruleid: missing-auth, missing-input-validation
export const bumpReserve = withTiming("bumpReserve", async (formData) => {
  const claimId = formData.get("claimId");
  const pct = Number(formData.get("pct"));
  // ruleid: sql-injection
  await pool.query(`UPDATE claims SET reserve_cents = reserve_cents * ${1 + pct / 100} WHERE id = '${claimId}'`);
});

// ok: missing-auth, missing-input-validation
export const reserveByLine = withStaff(async (ctx, formData) => {
  const line = yup.string().oneOf(["auto", "property", "liability", "workers_comp"]).required().validateSync(formData.get("line"));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT SUM(reserve_cents) AS total FROM claims c JOIN policies p ON p.id = c.policy_id WHERE c.tenant_id = $1 AND p.line = $2", [ctx.tenantId, line]);
  return { total: Number(rows[0]?.total ?? 0) };
});
