import { NextResponse } from "next/server";
import { requireLeagueAdmin } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET() {
  const admin = await requireLeagueAdmin();
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "registrations.exported" });
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "Registration" WHERE "leagueId" = $1 ORDER BY "createdAt"`, admin.leagueId);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
