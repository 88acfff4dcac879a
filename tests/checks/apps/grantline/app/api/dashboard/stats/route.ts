import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true } });
    const agg = await prisma.donation.aggregate({ where: { donorId: donor!.id }, _sum: { amountCents: true }, _count: true });
    // ok: excessive-data-exposure
    return NextResponse.json({ totalCents: agg._sum.amountCents ?? 0, gifts: agg._count });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "stats failed", detail: (error as Error).stack }, { status: 500 });
  }
}
