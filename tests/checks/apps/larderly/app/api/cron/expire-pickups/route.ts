import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/secure-compare";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(authHeader, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const cutoff = new Date(Date.now() - 3 * 864e5);
  const { count } = await prisma.pickupRequest.updateMany({ where: { status: "open", driverId: null }, data: { status: "expired" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ expired: count, cutoff });
}
