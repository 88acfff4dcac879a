import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";

const STATUSES = ["draft", "due", "submitted", "paid", "reconciled"] as const;

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await getOrgContext();
  assertRole(ctx, "finance");
  const status = z.enum(STATUSES).optional().parse(new URL(req.url).searchParams.get("status") ?? undefined);
  // ok: sql-injection
  const rows = await sql`SELECT id, period, amount, status FROM funding_claims WHERE org_id = ${ctx.orgId} ${status ? sql`AND status = ${status}` : sql``} ORDER BY period DESC`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const ctx = await getOrgContext();
  assertRole(ctx, "finance");
  const { id, amount } = await req.json();
  // ok: sql-injection, missing-authorization
  await sql`UPDATE funding_claims SET amount = ${amount} WHERE id = ${id} AND org_id = ${ctx.orgId}`;
  return NextResponse.json({ ok: true });
}
