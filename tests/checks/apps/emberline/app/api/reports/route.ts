import { NextResponse } from "next/server";
import { requirePractice } from "@/lib/auth/clerk";
import { sql } from "@/lib/db/postgres";

const METRICS: Record<string, string> = { visits: "count(*)", revenue: "sum(total_cents)", avg: "avg(total_cents)" };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await requirePractice();
  const metric = new URL(req.url).searchParams.get("metric") ?? "visits";
  const expr = METRICS[metric];
  if (!expr) return NextResponse.json({ error: "unknown metric" }, { status: 400 });
  // ok: sql-injection
  const rows = await sql.unsafe(`select date_trunc('month', created_at) as month, ${expr} as value from treatment_plans where practice_id = $1 group by 1 order by 1`, [ctx.practiceId]);
  return NextResponse.json(rows.map((r) => ({ month: r.month, value: r.value })));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const ctx = await requirePractice();
  const { groupBy, since } = await req.json();
  try {
    // ruleid: sql-injection
    const rows = await sql.unsafe(`select ${groupBy}, count(*) from appointments where practice_id = $1 and starts_at > '${since}' group by 1`, [ctx.practiceId]);
    return NextResponse.json(rows.map((r) => ({ key: r[groupBy], n: r.count })));
  } catch (error: any) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: error.message }, { status: 400 });
  }
}
