import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!process.env.CRON_SECRET || !secureCompare(token, process.env.CRON_SECRET)) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const cutoff = new Date(Date.now() - 180 * 864e5);
  const { count } = await db.candidate.deleteMany({ where: { applications: { every: { withdrawnAt: { lt: cutoff } } } } });
  logger.info({ count }, "gdpr retention purge");
  return NextResponse.json({ purged: count });
}
