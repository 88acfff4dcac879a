import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { payrollDb } from "@/lib/db/mysql";
import { orderByColumn, direction } from "@/lib/sql-helpers";

// CSV export of timesheet hours for the accounting system.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!["ACCOUNTANT", "OWNER", "ADMIN"].includes(session.user.role)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const sp = req.nextUrl.searchParams;
  const week = sp.get("week") ?? "";
  const sort = orderByColumn(sp.get("sort"));
  const dir = direction(sp.get("dir"));

  // ok: sql-injection
  const [projects] = await payrollDb.query(`SELECT id, name FROM projects WHERE tenant_id = ? ORDER BY ${sort} ${dir}`, [session.user.tenantId]);
  // ruleid: sql-injection
  const [rows] = await payrollDb.query(
    `SELECT worker_name, trade, hours, project_id FROM timesheet_export WHERE tenant_id = ? AND week_ending = '${week}'`,
    [session.user.tenantId],
  );
  const csv = ["worker,trade,hours,project"]
    .concat((rows as any[]).map((r) => [r.worker_name, r.trade, r.hours, r.project_id].join(",")))
    .join("\n");
  void projects;
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": `attachment; filename="hours-${week}.csv"` } });
}
