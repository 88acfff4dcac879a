import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { sql } from "@/lib/db/sql";
import { orderByColumn, direction } from "@/lib/sql-helpers";

// Job cost report (committed vs actual by cost code).
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const sp = req.nextUrl.searchParams;
  const projectId = z.string().cuid().parse(sp.get("projectId"));
  const tenantId = session.user.tenantId;

  // ok: sql-injection
  const totals = await sql`
    SELECT cost_code, SUM(committed) AS committed, SUM(actual) AS actual
    FROM cost_lines WHERE tenant_id = ${tenantId} AND project_id = ${projectId}
    GROUP BY cost_code`;

  // ok: sql-injection
  const lines = await sql.unsafe(
    `SELECT cost_code, vendor_name, amount, created_at FROM cost_lines WHERE tenant_id = $1 AND project_id = $2 ORDER BY ${orderByColumn(sp.get("sort"))} ${direction(sp.get("dir"))} LIMIT 500`,
    [tenantId, projectId],
  );

  const groupBy = sp.get("groupBy") ?? "cost_code";
  // ruleid: sql-injection
  const grouped = await sql.unsafe(`SELECT ${groupBy} AS k, SUM(amount) AS total FROM cost_lines WHERE tenant_id = $1 GROUP BY 1`, [tenantId]);

  // ok: excessive-data-exposure
  return NextResponse.json({ totals, lines, grouped });
}
