import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/lucia";
import { pool } from "@/lib/db/pg";
import { auditLog } from "@/lib/audit";

/** "Sign out everywhere else". */
// ok: missing-auth, missing-audit-log
export async function DELETE() {
  const { user, session } = await validateRequest();
  if (!user || !session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: sql-injection, missing-authorization
  const { rowCount } = await pool.query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2", [user.id, session.id]);
  await auditLog({ actorId: user.id, action: "session.revoked_others", metadata: { count: rowCount } });
  return NextResponse.json({ revoked: rowCount });
}
