"use server";

import { revalidatePath } from "next/cache";
import { kdb } from "@/lib/db/kysely";
import { withTenant } from "@/lib/wrappers/with-tenant";
import { rateLimitByKey } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

function field(formData: FormData, key: string) {
  const v = formData.get(key);
  if (typeof v !== "string" || v.length === 0 || v.length > 200) throw new Error(`Invalid ${key}`);
  return v;
}

// ok: missing-auth, missing-input-validation
export const bookBench = withTenant(async (formData, ctx) => {
  const benchId = field(formData, "benchId");
  const day = field(formData, "day");
  // ok: mass-assignment
  await kdb.insertInto("bench_bookings").values({ id: crypto.randomUUID(), bench_id: benchId, user_id: ctx.userId, tenant_id: ctx.tenantId, day, status: "pending" }).execute();
  revalidatePath("/bookings");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const releaseBench = withTenant(async (formData, ctx) => {
  const id = field(formData, "bookingId");
  // ok: missing-authorization
  await kdb.deleteFrom("bench_bookings").where("id", "=", id).where("user_id", "=", ctx.userId).execute();
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const transferBench = withTenant(async (formData, ctx) => {
  const id = field(formData, "bookingId");
  const toUser = field(formData, "userId");
  // ruleid: missing-authorization, mass-assignment -- cause E, fixed in pass 32
  await kdb.updateTable("bench_bookings").set({ user_id: toUser }).where("id", "=", id).where("tenant_id", "=", ctx.tenantId).execute();
  return { ok: true };
});

// ruleid: missing-input-validation
// ok: missing-auth
export const moveBench = withTenant(async (formData, ctx) => {
  const id = formData.get("bookingId") as string;
  const day = formData.get("day") as string;
  // ok: missing-authorization
  await kdb.updateTable("bench_bookings").set({ day }).where("id", "=", id).where("user_id", "=", ctx.userId).execute();
  return { ok: true };
});

// Tenant admins can clear any bench booking in their tenant.
// ok: missing-auth, missing-input-validation
export const clearBenchBooking = withTenant(async (formData, ctx) => {
  if (ctx.tenantRole !== "owner" && ctx.tenantRole !== "admin") return { error: "Tenant admins only" };
  const id = field(formData, "bookingId");
  // ok: missing-authorization
  await kdb.deleteFrom("bench_bookings").where("id", "=", id).where("tenant_id", "=", ctx.tenantId).execute();
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const notifyBenchNeighbours = withTenant(async (formData, ctx) => {
  await rateLimitByKey(`bench-notify:${ctx.userId}`);
  const benchId = field(formData, "benchId");
  const rows = await kdb
    .selectFrom("bench_bookings")
    .innerJoin("users", "users.id", "bench_bookings.user_id")
    .select(["users.email"])
    .where("bench_bookings.bench_id", "=", benchId)
    .where("bench_bookings.tenant_id", "=", ctx.tenantId)
    .execute();
  for (const r of rows) await sendMail(r.email, "Bench schedule change", "A neighbour changed their bench booking.");
  return { sent: rows.length };
});
