import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { pool } from "@/lib/db/pg";

const RETENTION_DAYS = 90;

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  // ok: sql-injection
  await pool.query(`DELETE FROM page_views WHERE created_at < now() - interval '${RETENTION_DAYS} days'`);
  return NextResponse.json({ ok: true });
}
