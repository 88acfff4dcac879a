import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

// Vercel cron: every 15 minutes (vercel.json). Cancels checkouts abandoned for an hour.
// ruleid: missing-auth
export async function GET() {
  const cutoff = new Date(Date.now() - 60 * 60_000);
  const { count } = await prisma.order.updateMany({
    where: { status: "PENDING", createdAt: { lt: cutoff } },
    data: { status: "CANCELLED" },
  });
  return NextResponse.json({ cancelled: count });
}
