import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { reportsPool } from "@/lib/db/reports";
import { auditLog } from "@/lib/audit";

// CSV export for the payroll provider (ADP / Gusto import format).
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: Request) {
  const user = await requireUser();
  const agencyId = new URL(req.url).searchParams.get("agencyId");
  if (typeof agencyId !== "string" || agencyId.length > 40) return NextResponse.json({ error: "agencyId required" }, { status: 400 });
  const m = await prisma.membership.findFirst({ where: { userId: user.id, agencyId, role: { in: ["OWNER", "BILLING"] } }, select: { id: true } });
  if (!m) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization, sql-injection
  const { rows } = await reportsPool.query("SELECT caregiver_id, full_name, SUM(hours) AS hours, SUM(hours * pay_rate) AS gross FROM shift_hours WHERE agency_id = $1 AND day >= date_trunc('month', now()) GROUP BY 1, 2", [agencyId]);
  await auditLog({ agencyId, actorId: user.id, action: "payroll.exported" });
  const csv = ["caregiver_id,name,hours,gross", ...rows.map((r) => `${r.caregiver_id},${r.full_name},${r.hours},${r.gross}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// Older JSON export used by the Gusto integration.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await requireUser();
  const { agencyId } = await req.json();
  if (typeof agencyId !== "string") return NextResponse.json({ error: "agencyId required" }, { status: 400 });
  // ruleid: missing-authorization
  const { rows } = await reportsPool.query("SELECT caregiver_id, SUM(hours * pay_rate) AS gross FROM shift_hours WHERE agency_id = $1 GROUP BY 1", [agencyId]);
  return NextResponse.json({ requestedBy: user.id, rows: rows.map((r) => ({ caregiverId: r.caregiver_id, gross: Number(r.gross) })) });
}
