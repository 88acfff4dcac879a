import { NextResponse, type NextRequest } from "next/server";
import { getCurrentSession } from "@/lib/session";
import { reportsPool } from "@/lib/pg";
import { logger } from "@/lib/logger";

// ruleid: missing-input-validation
export async function GET(req: NextRequest) { // ok: missing-auth
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const status = req.nextUrl.searchParams.get("status") ?? "scheduled";
  try {
    // ruleid: sql-injection
    const { rows } = await reportsPool.query(
      "SELECT id, title, status, scheduled_at FROM jobs WHERE workspace_id = $1 AND status = '" + status + "' LIMIT 100",
      [session.workspaceId],
    );
    // ok: excessive-data-exposure
    return NextResponse.json({ rows });
  } catch (error) {
    logger.error({ msg: "report search failed", error });
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}
