import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { requireOrgAdmin, verifySession } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const orgId = z.string().cuid().parse(req.nextUrl.searchParams.get("org"));
  await requireOrgAdmin(orgId);
  // ok: sql-injection
  const rows = await sql`SELECT id, amount_cents, status FROM payouts WHERE org_id = ${orgId}`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const input = z.object({ orgId: z.string().cuid(), bankAccountId: z.string().uuid() }).parse(await req.json());
  const { userId } = await requireOrgAdmin(input.orgId);
  // ok: sql-injection, missing-authorization
  const [acct] = await sql`SELECT id FROM bank_accounts WHERE id = ${input.bankAccountId} AND org_id = ${input.orgId}`;
  if (!acct) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: sql-injection
  await sql`UPDATE payout_settings SET bank_account_id = ${acct.id} WHERE org_id = ${input.orgId}`;
  await auditLog({ orgId: input.orgId, actorId: userId, action: "payouts.bank_account_changed" });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest) {
  const { userId } = await verifySession();
  const input = z.object({ accountId: z.string().uuid() }).parse(Object.fromEntries(req.nextUrl.searchParams));
  console.log("bank account removed by", userId);
  // why: bank account removed by id only, with no org scope or role check; any signed-in user removes any org's account (userId is only logged)
  // ruleid: missing-authorization
  await sql`DELETE FROM bank_accounts WHERE id = ${input.accountId}`;
  return new NextResponse(null, { status: 204 });
}
