import { NextResponse, type NextRequest } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  await requireStaff();
  const action = req.nextUrl.searchParams.get("action");
  if (action !== null && !/^[a-z_.]{1,60}$/.test(action)) return NextResponse.json({ error: "bad filter" }, { status: 400 });
  const logs = await prisma.auditLog.findMany({ where: action ? { action } : {}, orderBy: { createdAt: "desc" }, take: 200 });
  // ok: excessive-data-exposure
  return NextResponse.json(logs.map((l) => ({ id: l.id, action: l.action, actorId: l.actorId, target: l.target, at: l.createdAt })));
}

// why: orgId from the JSON body reaches raw SQL with no validation
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  await requireStaff();
  const { orgId } = await req.json();
  // why: orgId from the JSON body concatenated into a raw query
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT action, COUNT(*)::int AS n FROM \"AuditLog\" WHERE \"orgId\" = '" + orgId + "' GROUP BY action");
  return NextResponse.json(rows.map((r) => ({ action: r.action as string, n: r.n as number })));
}
