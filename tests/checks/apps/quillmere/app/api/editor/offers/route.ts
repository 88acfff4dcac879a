import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const editor = await requireEditor().catch(() => null);
  if (!editor) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const offers = await prisma.offer.findMany({ where: { publisherId: editor.publisherId }, select: { id: true, amountCents: true, status: true, editorNotes: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(offers);
}

// ok: missing-auth, missing-input-validation
export async function POST() {
  const editor = await requireEditor().catch(() => null);
  if (!editor) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const offers = await prisma.offer.findMany({ where: { publisherId: editor.publisherId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(offers.filter((o) => o.status === "open"));
}
