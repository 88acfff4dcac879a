import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/server";
import { pool } from "@/lib/db/pool";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || !(session.user as { nationalAdmin?: boolean }).nationalAdmin) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const action = req.nextUrl.searchParams.get("action");
  const limit = Math.min(Number(req.nextUrl.searchParams.get("limit") ?? 100), 500);
  const where = action ? `WHERE action = '${action}'` : "";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, actor_id, action, target, at FROM audit_events ${where} ORDER BY at DESC LIMIT ${limit}`);
  return NextResponse.json(rows);
}
