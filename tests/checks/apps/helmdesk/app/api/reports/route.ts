import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@vercel/postgres";
import { verifySession, getMembership } from "@/lib/dal";

const GROUPS = { day: "date_trunc('day', created_at)", week: "date_trunc('week', created_at)", agent: "assignee_id" } as const;

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  await verifySession();
  const slug = req.nextUrl.searchParams.get("workspace") ?? "";
  const m = await getMembership(slug);
  const key = req.nextUrl.searchParams.get("group") as keyof typeof GROUPS;
  const group = GROUPS[key] ?? GROUPS.day;
  // ok: sql-injection
  const { rows } = await sql.query(`select ${group} as bucket, count(*)::int as n from tickets where workspace_id = $1 group by 1 order by 1`, [m.workspaceId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { userId } = await verifySession();
  const { metric, workspaceId } = await req.json();
  // ruleid: sql-injection
  const { rows } = await sql.query(`select ${metric} as value from agent_metrics where agent_id = $1 and workspace_id = $2`, [userId, workspaceId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
