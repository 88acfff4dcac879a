"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { requireMarinaAccess, getSessionUser } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";

const slotSchema = z.object({ marinaId: z.string().cuid(), vesselId: z.string().cuid(), liftAt: z.coerce.date(), craneId: z.string().min(1).max(20) });

// ok: missing-auth, missing-input-validation
export async function scheduleHaulOut(raw: z.infer<typeof slotSchema>) {
  const input = slotSchema.parse(raw);
  // ok: floating-auth-check
  const ctx = await requireMarinaAccess(input.marinaId);
  if (!hasRole(ctx.role, "YARD_MANAGER")) return { error: "Yard manager only" };
  const vessel = await prisma.vessel.count({ where: { id: input.vesselId, orgId: ctx.orgId } });
  if (!vessel) return { error: "Vessel not found" };
  // ok: sql-injection, mass-assignment
  const { rows } = await pool.query(
    "INSERT INTO haul_out_slots (marina_id, vessel_id, lift_at, crane_id, booked_by) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [ctx.marinaId, input.vesselId, input.liftAt, input.craneId, ctx.userId],
  );
  return { slotId: rows[0].id as string };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function rescheduleHaulOut(marinaId: string, slotId: string, liftAt: string) {
  const input = z.object({ marinaId: z.string().cuid(), slotId: z.string().uuid(), liftAt: z.coerce.date() }).parse({ marinaId, slotId, liftAt });
  // ruleid: floating-auth-check
  requireMarinaAccess(input.marinaId);
  // ok: sql-injection
  await pool.query("UPDATE haul_out_slots SET lift_at = $1 WHERE id = $2 AND marina_id = $3", [input.liftAt, input.slotId, input.marinaId]);
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function cancelHaulOut(slotId: string) {
  const { user, error } = await getSessionUser();
  if (typeof slotId !== "string") throw new Error("Bad slot");
  // ok: sql-injection
  await pool.query("UPDATE haul_out_slots SET cancelled = true, cancelled_by = $2 WHERE id = $1", [slotId, user?.id ?? null]);
  return { ok: true, warning: error ? "not signed in" : undefined };
}

// ok: missing-auth, missing-input-validation
export async function haulOutBoard(marinaId: string) {
  const { user, error } = await getSessionUser();
  if (error || !user) return { error: "Please sign in" };
  const ctx = await requireMarinaAccess(z.string().cuid().parse(marinaId));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM haul_out_slots WHERE marina_id = $1 AND cancelled = false ORDER BY lift_at", [ctx.marinaId]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateHaulOutNotes(marinaId: string, formData: FormData) {
  const ctx = await requireMarinaAccess(z.string().cuid().parse(marinaId));
  const slotId = formData.get("slotId");
  const fields = Object.fromEntries(formData);
  delete fields.slotId;
  await prisma.$transaction(async (tx) => {
    await tx.auditEvent.create({ data: { orgId: ctx.orgId, actorId: ctx.userId, action: "haulout.notes", target: String(slotId) } });
    // ruleid: sql-injection
    await tx.$executeRawUnsafe(`UPDATE haul_out_slots SET notes = '${fields.notes}' WHERE id = $1 AND marina_id = $2`, slotId, ctx.marinaId);
  });
  return { ok: true };
}
