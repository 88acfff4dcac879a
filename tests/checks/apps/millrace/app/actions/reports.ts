"use server";

import { z } from "zod";
import { sql } from "drizzle-orm";
import { db, pg } from "@/lib/db";
import { requireStaff, requireMember } from "@/lib/auth";
import { staffAction } from "@/lib/safe-action";
import { memberTable, consumableSalesByCategory, rawSearch } from "@/lib/db/reports";
import { toolsByLocation, membersByName, machinesByRate } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export const memberReport = staffAction
  .metadata({ name: "report.members" })
  .schema(z.object({ sort: z.string(), dir: z.enum(["asc", "desc"]) }))
  .action(async ({ parsedInput }) => {
    // ok: excessive-data-exposure
    return memberTable(parsedInput.sort, parsedInput.dir);
  });

// ok: missing-auth, missing-input-validation
export const salesReport = staffAction
  .metadata({ name: "report.sales" })
  .schema(z.object({ category: z.string().max(40) }))
  .action(async ({ parsedInput }) => {
    const rows = await consumableSalesByCategory(parsedInput.category);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ sku: r.sku, total: Number(r.sum) }));
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function bookingsByMachine(machine: string) {
  await requireStaff();
  // ruleid: sql-injection
  const rows = await pg.unsafe(`SELECT id, starts_at FROM bookings WHERE machine_id = '${machine}'`);
  return rows.map((r) => ({ id: r.id, startsAt: r.starts_at }));
}

// ok: missing-auth, missing-input-validation
export async function bookingsByMachineSafe(machine: string) {
  await requireStaff();
  const id = z.string().uuid().parse(machine);
  // ok: sql-injection
  const rows = await pg.unsafe("SELECT id, starts_at FROM bookings WHERE machine_id = $1", [id]);
  return rows.map((r) => ({ id: r.id, startsAt: r.starts_at }));
}

// ok: missing-auth, missing-input-validation
export async function monthlyHours(month: number) {
  await requireMember();
  const m = z.number().int().min(1).max(12).parse(month);
  // ok: sql-injection
  return db.execute(sql`SELECT machine_id, count(*)::int AS n FROM bookings WHERE extract(month from starts_at) = ${m} GROUP BY machine_id`);
}

// ok: missing-auth, missing-input-validation
export async function toolLocationReport(location: string) {
  await requireStaff();
  const loc = z.string().max(60).parse(location);
  return (await toolsByLocation(loc)).rows?.length ?? 0;
}

// ok: missing-auth, missing-input-validation
export async function staffMemberSearch(prefix: string) {
  await requireStaff();
  const p = z.string().min(1).max(40).parse(prefix);
  const rows = await membersByName(p);
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}

// ok: missing-auth, missing-input-validation
export async function cheapMachines(op: string, cents: number) {
  await requireMember();
  const input = z.object({ op: z.enum(["eq", "lt", "gt"]), cents: z.number().int() }).parse({ op, cents });
  const rows = await machinesByRate(input.op, input.cents);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

// ok: missing-auth, missing-input-validation
export async function quickToolSearch(term: string) {
  await requireMember();
  const t = z.string().max(40).parse(term);
  const { rows } = await rawSearch(t);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function orderedLoans(orderBy: string) {
  await requireStaff();
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT id, due_at FROM loans WHERE returned_at IS NULL ORDER BY ${orderBy}`));
}
