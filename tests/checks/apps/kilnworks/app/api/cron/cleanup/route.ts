import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { db, otpCodes } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const removed = await db.delete(otpCodes).where(lt(otpCodes.expiresAt, new Date())).returning({ id: otpCodes.id });
  logger.info({ removed: removed.length }, "otp cleanup");
  return NextResponse.json({ removed: removed.length });
}
