import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@vercel/postgres";
import { z } from "zod";
import { verifySession } from "~/lib/dal";
import { isWorkspaceAdmin } from "~/lib/dal";
import { wordCountReport, wordCountReportChecked } from "~/server/reports";
import { countNotes } from "~/server/search";

// ok: missing-auth
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const days = z.coerce.number().int().min(1).max(365).parse(req.nextUrl.searchParams.get("days") ?? 30);
  // ok: sql-injection -- @vercel/postgres tagged template
  const { rows } = await sql`SELECT date_trunc('day', created_at) AS day, count(*)::int AS notes FROM notes WHERE author_id = ${userId} AND created_at > now() - make_interval(days => ${days}) GROUP BY 1 ORDER BY 1`;
  // ok: excessive-data-exposure -- aggregate rows
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { userId } = await verifySession();
  const { workspaceId, groupBy, status } = await req.json();
  if (!(await isWorkspaceAdmin(userId, workspaceId))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const [words, checked, total] = await Promise.all([
    wordCountReport(workspaceId, groupBy),
    wordCountReportChecked(workspaceId, groupBy),
    countNotes(workspaceId, status),
  ]);
  return NextResponse.json({ words, checked, total });
}
