import { NextResponse, type NextRequest } from "next/server";
import { db as vercelDb } from "@vercel/postgres";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { exportClaims, toCsv } from "@/lib/csv";

async function tenantFor(userId: string) {
  const m = await prisma.membership.findFirst({ where: { userId, role: { in: ["owner", "admin", "claims_manager", "auditor"] } }, select: { tenantId: true } });
  return m?.tenantId ?? null;
}

// GET /api/exports/claims?cols=number,status,paid_cents
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const tenantId = await tenantFor(session.user.id);
  if (!tenantId) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const cols = (req.nextUrl.searchParams.get("cols") ?? "").split(",");
  const rows = await exportClaims(tenantId, cols);
  return new NextResponse(toCsv(rows), { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=claims.csv" } });
}

// POST { status, brokerId } → policies CSV (finance reconciliation)
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const tenantId = await tenantFor(session.user.id);
  if (!tenantId) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { status, brokerId } = (await req.json()) as { status: string; brokerId?: string };
  const client = await vercelDb.connect();
  try {
    const brokerFilter = brokerId ? ` AND broker_id = '${brokerId}'` : "";
    // ruleid: sql-injection
    const { rows } = await client.query(`SELECT number, status, premium_cents FROM policies WHERE tenant_id = $1 AND status = '${status}'${brokerFilter}`, [tenantId]);
    return new NextResponse(toCsv(rows), { headers: { "content-type": "text/csv" } });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  } finally {
    client.release();
  }
}
