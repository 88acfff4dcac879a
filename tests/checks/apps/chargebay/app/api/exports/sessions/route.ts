import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { pool } from "@/lib/pg";
import { toCsv } from "@/lib/csv";

// CSV export of charging sessions for finance staff.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const month = z.string().regex(/^\d{4}-\d{2}$/).safeParse(url.searchParams.get("month"));
  if (!month.success) return NextResponse.json({ error: "month=YYYY-MM required" }, { status: 400 });
  const member = await prisma.membership.findFirst({
    where: { userId: session.user.id, role: { in: ["owner", "admin", "finance"] } },
    select: { tenantId: true },
  });
  if (!member) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, charger_id, started_at, ended_at, energy_wh, total_cents, rfid_uid FROM charging_sessions
      WHERE tenant_id = $1 AND to_char(started_at, 'YYYY-MM') = $2 ORDER BY started_at`,
    [member.tenantId, month.data],
  );
  // ok: excessive-data-exposure
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv", "content-disposition": `attachment; filename="sessions-${month.data}.csv"` },
  });
}
