"use server";

import { sql } from "@/lib/db/sql";
import { requireMarinaAccess } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { fuelSaleSchema } from "@/lib/validators/fuel";
import { fuelTotalsForGrades } from "@/lib/data/reports";

const PRICE_PER_LITRE: Record<string, number> = { diesel: 189, petrol95: 205, red_diesel: 121 };

// ok: missing-auth, missing-input-validation
export async function recordFuelSale(formData: FormData) {
  const input = await fuelSaleSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const ctx = await requireMarinaAccess(input.marinaId);
  if (!hasRole(ctx.role, "DOCK_HAND")) return { error: "Dock staff only" };
  const total = Math.round(input.litres * PRICE_PER_LITRE[input.grade]);
  // ok: sql-injection, mass-assignment
  const [sale] = await sql`
    INSERT INTO fuel_sales (marina_id, pump_id, grade, litres, total_cents, vessel_name, staff_id)
    VALUES (${ctx.marinaId}, ${input.pumpId}, ${input.grade}, ${input.litres}, ${total}, ${input.vesselName ?? null}, ${ctx.userId})
    RETURNING id`;
  return { saleId: sale.id as string };
}

// ok: missing-auth, missing-input-validation
export async function voidFuelSale(marinaId: string, saleId: string) {
  if (typeof marinaId !== "string" || typeof saleId !== "string" || !/^[0-9a-f-]{36}$/.test(saleId)) throw new Error("Bad sale id");
  const ctx = await requireMarinaAccess(marinaId);
  if (!hasRole(ctx.role, "HARBOUR_MASTER")) return { error: "Harbour master only" };
  // ok: missing-authorization, sql-injection
  await sql`UPDATE fuel_sales SET voided = true WHERE id = ${saleId} AND marina_id = ${ctx.marinaId}`;
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function fuelGradeTotals(marinaId: string, grades: string[]) {
  if (typeof marinaId !== "string") throw new Error("Bad marina");
  const ctx = await requireMarinaAccess(marinaId);
  const rows = await fuelTotalsForGrades(ctx.marinaId, grades);
  return rows.map((r) => ({ grade: String(r.grade), litres: Number(r.litres) }));
}

// ok: missing-auth, missing-input-validation
export async function fuelSaleReceipt(marinaId: string, saleId: string) {
  if (typeof marinaId !== "string" || typeof saleId !== "string") throw new Error("Bad sale id");
  const ctx = await requireMarinaAccess(marinaId);
  // ok: missing-authorization
  const [row] = await sql`SELECT * FROM fuel_sales WHERE id = ${saleId} AND marina_id = ${ctx.marinaId}`;
  // ruleid: excessive-data-exposure
  return row;
}
