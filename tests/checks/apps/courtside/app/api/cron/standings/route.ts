import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/secure-compare";
import { sql } from "@/lib/sql";
import { recomputeStandings } from "@/lib/repo/standings";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const leagues = await sql<{ id: string }[]>`SELECT id FROM leagues WHERE status = 'active'`;
  for (const l of leagues) await recomputeStandings(l.id);
  // ok: excessive-data-exposure
  return NextResponse.json({ recomputed: leagues.length });
}
