import { NextResponse, type NextRequest } from "next/server";
import { lt } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { seatHolds } from "@/lib/db/schema";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const released = await db.delete(seatHolds).where(lt(seatHolds.expiresAt, new Date())).returning({ id: seatHolds.id });
  return NextResponse.json({ released: released.length });
}
