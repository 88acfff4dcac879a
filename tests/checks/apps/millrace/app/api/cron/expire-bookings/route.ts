import { NextResponse } from "next/server";
import { and, eq, lt } from "drizzle-orm";
import { db, bookings } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(authHeader, `Bearer ${process.env.CRON_SECRET}`)) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const expired = await db
    .update(bookings)
    .set({ status: "expired" })
    .where(and(eq(bookings.status, "booked"), lt(bookings.endsAt, new Date())))
    .returning({ id: bookings.id });
  logger.info("bookings expired", { count: expired.length });
  // ok: excessive-data-exposure
  return NextResponse.json({ expired: expired.length });
}
