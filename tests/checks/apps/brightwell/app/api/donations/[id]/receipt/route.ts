import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";

// Receipt links in emails: /api/donations/:id/receipt?token=...
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = new URL(req.url).searchParams.get("token") ?? "";
  const d = await db.donation.findUnique({ where: { id }, select: { amountCents: true, createdAt: true, receiptToken: true, school: { select: { name: true } } } });
  // ok: timing-unsafe-comparison
  if (!d || !secureCompare(d.receiptToken, token)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ amountCents: d.amountCents, date: d.createdAt, school: d.school.name });
}

// Legacy receipt links (token in the path of old emails, posted by the receipt page).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { receiptToken } = (await req.json()) as { receiptToken?: string };
  // ok: timing-unsafe-comparison
  if (typeof receiptToken !== "string") return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const d = await db.donation.findUnique({ where: { id }, select: { amountCents: true, donorEmail: true, donorAddress: true, receiptToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!d || d.receiptToken != receiptToken) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ amountCents: d.amountCents, donorEmail: d.donorEmail, donorAddress: d.donorAddress });
}
