import { NextResponse } from "next/server";
import { desc } from "drizzle-orm";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db } from "@/lib/db/drizzle";
import { auditLogs } from "@/lib/db/schema";

// ok: missing-auth
export async function GET() {
  await requireSuperAdmin();
  const rows = await db.select().from(auditLogs).orderBy(desc(auditLogs.at)).limit(200);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
