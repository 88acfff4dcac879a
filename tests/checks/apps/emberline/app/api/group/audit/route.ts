import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db/kysely";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await verifySession();
  if (!session.isGroupAdmin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const practiceId = req.nextUrl.searchParams.get("practice");
  let q = db.selectFrom("audit_log").select(["id", "actor_id", "action", "target", "created_at"]).orderBy("created_at", "desc").limit(200);
  if (practiceId) q = q.where("practice_id", "=", practiceId);
  const rows = await q.execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
