import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { reportsPool } from "@/lib/db/reports";
import { Prisma } from "@prisma/client";

const METRICS = { visits: "COUNT(v.id)", hours: "SUM(v.hours)", missed: "SUM(CASE WHEN v.missed THEN 1 ELSE 0 END)" } as const;

async function agencyFor(userId: string) {
  const m = await prisma.membership.findFirst({ where: { userId }, select: { agencyId: true, role: true } });
  if (!m) throw new Error("No agency");
  return m;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const user = await requireUser();
  const { agencyId } = await agencyFor(user.id);
  const url = new URL(req.url);
  const metric = url.searchParams.get("metric") as keyof typeof METRICS;
  if (!Object.hasOwn(METRICS, metric)) return NextResponse.json({ error: "unknown metric" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await reportsPool.query(`SELECT date_trunc('week', v.day) AS week, ${METRICS[metric]} AS value FROM visit_facts v WHERE v.agency_id = $1 GROUP BY 1 ORDER BY 1`, [agencyId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ week: r.week, value: Number(r.value) })));
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await requireUser();
  const { agencyId } = await agencyFor(user.id);
  const body = await req.json();
  if (typeof body.from !== "string" || typeof body.to !== "string" || typeof body.groupBy !== "string") {
    return NextResponse.json({ error: "bad request" }, { status: 400 });
  }
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT "${body.groupBy}" AS k, COUNT(*)::int AS n FROM "Shift" WHERE "agencyId" = $1 AND "startsAt" BETWEEN $2 AND $3 GROUP BY 1`, agencyId, body.from, body.to);
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const user = await requireUser();
  const { agencyId } = await agencyFor(user.id);
  const { status } = await req.json();
  if (typeof status !== "string") return NextResponse.json({ error: "bad" }, { status: 400 });
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT COUNT(*)::int AS n FROM "Shift" WHERE "agencyId" = ${agencyId} AND status = ${status}`);
  return NextResponse.json({ count: rows[0]?.n ?? 0 });
}
