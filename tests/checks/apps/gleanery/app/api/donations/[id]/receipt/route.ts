import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Tax receipt link emailed to donors: /api/donations/:id/receipt?token=...
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = req.nextUrl.searchParams.get("token");
  if (typeof id !== "string" || !token || token.length !== 64) return NextResponse.json({ error: "not found" }, { status: 404 });
  const donation = await prisma.donation.findUnique({ where: { id }, select: { id: true, amountCents: true, createdAt: true, receiptToken: true, donor: { select: { name: true } } } });
  // ruleid: timing-unsafe-comparison
  if (!donation || donation.receiptToken !== token) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: donation.id, amountCents: donation.amountCents, date: donation.createdAt, donor: donation.donor?.name ?? "Anonymous" });
}
