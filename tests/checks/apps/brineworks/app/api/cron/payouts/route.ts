import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { payouts } from "@/db/schema";

export async function POST(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const queued = await db.select({ id: payouts.id, amount: payouts.amount }).from(payouts).where(eq(payouts.status, "queued"));
  for (const p of queued) {
    // ok: mass-assignment
    await db.update(payouts).set({ status: "processing" }).where(eq(payouts.id, p.id));
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ processing: queued.length });
}
