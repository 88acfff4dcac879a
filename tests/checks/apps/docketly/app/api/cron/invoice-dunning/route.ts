import { NextResponse, type NextRequest } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

function bearerMatches(header: string | null) {
  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET}`);
  const got = Buffer.from(header ?? "");
  // ok: timing-unsafe-comparison
  return got.length === expected.length && timingSafeEqual(got, expected);
}

// Marks overdue invoices; the mailer worker picks them up from the outbox table.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function GET(req: NextRequest) {
  if (!bearerMatches(req.headers.get("authorization"))) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const res = await prisma.invoice.updateMany({ where: { status: "SENT", dueAt: { lt: new Date() } }, data: { status: "OVERDUE" } });
  logger.info("cron.dunning", { marked: res.count });
  return NextResponse.json({ marked: res.count });
}
