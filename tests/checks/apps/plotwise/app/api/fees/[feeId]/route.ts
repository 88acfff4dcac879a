import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ feeId: string }> }) {
  const { feeId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // ok: missing-authorization
  const fee = await prisma.fee.findFirst({ where: { id: feeId, userId: user.id }, select: { id: true, year: true, amountPence: true, status: true } });
  if (!fee) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(fee);
}
