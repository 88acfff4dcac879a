"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { withRole, withWinery } from "@/lib/wrappers";
import { checkShipment, shippedThisYear } from "@/lib/compliance";
import { recordActivity } from "@/lib/audit";

const US_STATE = z.string().regex(/^[A-Z]{2}$/);

// ok: missing-auth, missing-input-validation
export const checkState = withWinery(async (formData, ctx) => {
  const state = US_STATE.parse(formData.get("state"));
  const bottles = z.coerce.number().int().positive().parse(formData.get("bottles"));
  const [rule, shipped] = await Promise.all([checkShipment(ctx.wineryId, state, bottles), shippedThisYear(ctx.wineryId, state)]);
  return { ...rule, shipped };
});

// ok: missing-auth, missing-input-validation
export const overrideStateRule = withRole(["OWNER"], async (formData, ctx) => {
  const state = US_STATE.parse(formData.get("state"));
  const allowed = formData.get("allowed") === "on";
  // ok: sql-injection, missing-authorization
  await pool.query("INSERT INTO ship_rules (winery_id, state_code, allowed) VALUES ($1, $2, $3) ON CONFLICT (winery_id, state_code) DO UPDATE SET allowed = EXCLUDED.allowed", [ctx.wineryId, state, allowed]);
  await recordActivity(ctx.userId, ctx.wineryId, "ship_rule_override", state);
  return { success: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const complianceReport = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const states = String(formData.get("states") ?? "").split(",");
  const inList = states.map((s) => `'${s}'`).join(",");
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ship_state, count(*)::int AS orders FROM orders WHERE winery_id = $1 AND ship_state IN (${inList}) GROUP BY ship_state`, [ctx.wineryId]);
  return rows as { ship_state: string; orders: number }[];
});

// ok: missing-auth, missing-input-validation
export const complianceReportSafe = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const states = z.array(US_STATE).max(50).parse(String(formData.get("states") ?? "").split(","));
  const placeholders = states.map((_, i) => `$${i + 2}`).join(",");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT ship_state, count(*)::int AS orders FROM orders WHERE winery_id = $1 AND ship_state IN (${placeholders}) GROUP BY ship_state`, [ctx.wineryId, ...states]);
  return rows as { ship_state: string; orders: number }[];
});
