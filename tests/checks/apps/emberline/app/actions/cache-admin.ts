"use server";

import { z } from "zod";
import { cache } from "@/lib/db/sqlite";
import { requirePermission } from "@/lib/auth/clerk";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function rebuildSlotsFor(practiceId: string, day: string) {
  const ctx = await requirePermission("org:schedule:write");
  const input = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse({ day });
  // ok: sql-injection, missing-authorization
  cache.prepare("DELETE FROM slots WHERE practice_id = ? AND starts_at LIKE ?").run(ctx.practiceId, `${input.day}%`);
  return { ok: true, requested: practiceId === ctx.practiceId };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function dropSlots(practiceId: string) {
  const session = await verifySession();
  if (!session.isGroupAdmin) throw new Error("Forbidden");
  // ruleid: sql-injection
  cache.exec(`DELETE FROM slots WHERE practice_id = '${practiceId}'`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function slotCount() {
  await verifySession();
  const TABLE = "slots";
  // ok: sql-injection
  const row = cache.prepare(`SELECT count(*) AS n FROM ${TABLE}`).get() as { n: number };
  return { count: row.n };
}
