import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/crypto";

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 1000 * 60 * 60 * 24 * 365);
  await db.delete(bookings).where(lt(bookings.endsAt, cutoff));
  await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return NextResponse.json({ ok: true });
}
