import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { pool } from "@/lib/db/drizzle";

// CSV export of screener responses for a sponsor.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth();
  const sponsorId = (session?.user as { sponsorId?: string } | undefined)?.sponsorId;
  const screenerId = req.nextUrl.searchParams.get("screener");
  if (!screenerId || !/^[0-9a-f-]{36}$/.test(screenerId)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT r.id, r.score, r.eligible FROM screener_responses r JOIN screeners s ON s.id = r.screener_id WHERE r.screener_id = $1 AND ($2::text IS NULL OR s.sponsor_id = $2)", [screenerId, sponsorId ?? null]);
  const csv = ["id,score,eligible", ...rows.map((r) => `${r.id},${r.score},${r.eligible}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth();
  const sponsorId = (session?.user as { sponsorId?: string } | undefined)?.sponsorId;
  if (!session?.user || !sponsorId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { from, to } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT r.id, r.score FROM screener_responses r JOIN screeners s ON s.id = r.screener_id WHERE s.sponsor_id = $1 AND r.submitted_at BETWEEN '${from}' AND '${to}'`, [sponsorId]);
  return NextResponse.json({ count: rows.length });
}
