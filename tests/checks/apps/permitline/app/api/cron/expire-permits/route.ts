import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const expired = await prisma.permit.updateMany({
    where: { status: "ISSUED", expiresAt: { lt: new Date() } },
    data: { status: "EXPIRED" },
  });
  logger.info("cron.expire_permits", { count: expired.count });
  return NextResponse.json({ expired: expired.count });
}
