import { NextResponse } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const RETENTION_TABLE = "audit_log";

// ok: missing-auth, missing-audit-log
export async function POST(req: Request) {
  const given = Buffer.from(req.headers.get("x-cron-secret") ?? "");
  const secret = Buffer.from(process.env.CRON_SECRET ?? "");
  // ok: timing-unsafe-comparison
  if (given.length !== secret.length || !timingSafeEqual(given, secret)) return new NextResponse("unauthorized", { status: 401 });
  // ok: sql-injection
  const removed = await prisma.$executeRawUnsafe(`DELETE FROM ${RETENTION_TABLE} WHERE "createdAt" < now() - interval '7 years'`);
  logger.info({ removed }, "retention purge");
  return NextResponse.json({ removed });
}
