"use server";

import { z } from "zod";
import { sql } from "@/lib/db";
import { withBuildingRole } from "@/lib/with-building-role";
import { duesArrears, spendByContractor, ticketAgeReport } from "@/lib/reports";

const ageInput = z.object({ sort: z.enum(["created", "status", "category"]), desc: z.boolean() });

// ok: missing-auth, missing-input-validation
export const getTicketAgeReport = withBuildingRole("manager", async (ctx, input: { sort: string; desc: boolean }) => {
  const { sort, desc } = ageInput.parse(input);
  const rows = await ticketAgeReport(ctx.buildingId, sort, desc);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, category: r.category, age: String(r.age) }));
});

// ok: missing-auth, missing-input-validation
export const getContractorSpend = withBuildingRole("manager", async (ctx, year: number) => {
  const y = z.number().int().min(2000).max(2100).parse(year);
  // ok: excessive-data-exposure
  return spendByContractor(ctx.buildingId, y);
});

// ok: missing-auth, missing-input-validation
export const getArrears = withBuildingRole("officer", async (ctx, minMonths: number) => {
  const n = z.number().int().min(1).max(24).parse(minMonths);
  // ok: excessive-data-exposure
  return duesArrears(ctx.buildingId, n);
});

// "Advanced filter" box on the manager report page.
// ruleid: missing-input-validation
// ok: missing-auth
export const runTicketFilter = withBuildingRole("manager", async (ctx, input: { where: string }) => {
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, title, status from tickets where building_id = $1 and (${input.where})`, [ctx.buildingId]);
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status }));
});

const OPS = { eq: "=", gt: ">", lt: "<" } as const;

// ok: missing-auth, missing-input-validation
export const filterInvoicesByAmount = withBuildingRole("manager", async (ctx, input: { op: string; cents: number }) => {
  const { op, cents } = z.object({ op: z.enum(["eq", "gt", "lt"]), cents: z.number().int().nonnegative() }).parse(input);
  // ok: sql-injection
  const rows = await sql.unsafe(
    `select id, amount_cents, status from invoices where building_id = $1 and amount_cents ${OPS[op]} $2 order by issued_at desc`,
    [ctx.buildingId, cents],
  );
  return rows.map((r) => ({ id: r.id, amountCents: r.amount_cents, status: r.status }));
});
