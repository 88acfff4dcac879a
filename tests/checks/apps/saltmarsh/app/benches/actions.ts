"use server";

import * as v from "valibot";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { logger } from "@/lib/audit";

const BenchSchema = v.object({ room: v.pipe(v.string(), v.maxLength(20)), label: v.pipe(v.string(), v.maxLength(40)) });

// ok: missing-auth, missing-input-validation
export async function addBench(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  const m = await kdb.selectFrom("memberships").select(["tenant_id", "role"]).where("user_id", "=", user.id).executeTakeFirst();
  if (!m || m.role !== "owner") throw new Error("Tenant owners only");
  const b = v.parse(BenchSchema, Object.fromEntries(formData));
  // ok: mass-assignment
  await kdb.insertInto("benches").values({ id: crypto.randomUUID(), room: b.room, label: b.label, tenant_id: m.tenant_id }).execute();
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function renameBench(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  const m = await kdb.selectFrom("memberships").select(["tenant_id"]).where("user_id", "=", user.id).executeTakeFirst();
  if (!m) throw new Error("No tenant");
  const patch = Object.fromEntries(formData) as { id: string; label?: string; tenant_id?: string };
  // ruleid: mass-assignment
  await kdb.updateTable("benches").set(patch).where("id", "=", patch.id).where("tenant_id", "=", m.tenant_id).execute();
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function deleteBench(benchId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  // ruleid: missing-authorization
  await kdb.deleteFrom("benches").where("id", "=", benchId).execute();
  logger.info({ benchId, actor: user.id }, "bench deleted");
}

// ruleid: missing-auth
export async function listBenchBookings(tenantId: string) {
  const { user } = await validateRequest();
  logger.info({ viewer: user?.id ?? "anon" }, "bench bookings read");
  if (typeof tenantId !== "string") return [];
  const rows = await kdb.selectFrom("bench_bookings").select(["id", "bench_id", "day", "user_id"]).where("tenant_id", "=", tenantId).execute();
  // ok: excessive-data-exposure
  return rows;
}
