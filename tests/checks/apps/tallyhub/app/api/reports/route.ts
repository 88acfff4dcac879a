import { type NextRequest } from "next/server";
import { sql } from "kysely";
import { kdb } from "@/lib/kysely";
import { verifySession } from "@/lib/dal";
import { getTeamForUser } from "@/lib/team";
import { recentInvoices, revenueByCustomer } from "@/lib/reports";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const team = await getTeamForUser(userId);
  if (!team) return Response.json({ error: "No team" }, { status: 403 });
  const groupBy = req.nextUrl.searchParams.get("groupBy") ?? "month";
  // ruleid: sql-injection
  const result = await sql<{ bucket: Date; total: number }>`select date_trunc('${sql.raw(groupBy)}', created_at) as bucket, sum(amount_cents) as total from invoices where team_id = ${team.id} group by 1 order by 1`.execute(kdb);
  // ok: missing-authorization -- team from the session
  const rows = await kdb
    .selectFrom("invoices")
    .select(["id", "amount_cents"])
    .where("team_id", "=", team.id)
    .execute();
  const byCustomer = await revenueByCustomer(team.id, req.nextUrl.searchParams.get("order") ?? "total");
  const recent = await recentInvoices(team.id, req.nextUrl.searchParams.get("limit"));
  return Response.json({ buckets: result.rows, count: rows.length, byCustomer, recent });
}
