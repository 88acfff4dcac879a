import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { inspectionScores } from "@/lib/reports";

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  const { session, user } = await getCurrentSession();
  if (!session || !roleAtLeast(user, "PLOT_STEWARD")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const siteId = req.nextUrl.searchParams.get("siteId") ?? "";
  const groupBy = req.nextUrl.searchParams.get("groupBy") ?? "status";
  const scores = await inspectionScores(siteId, new Date(Date.now() - 365 * 86400_000));
  // ruleid: sql-injection
  const breakdown = await prisma.$queryRawUnsafe<{ key: string; n: bigint }[]>(`SELECT "${groupBy}" AS key, COUNT(*) AS n FROM "Plot" GROUP BY "${groupBy}"`);
  return NextResponse.json({ scores, breakdown: breakdown.map((b) => ({ key: b.key, n: Number(b.n) })) });
}
