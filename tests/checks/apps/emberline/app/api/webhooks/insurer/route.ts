import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, signatureMatches } from "@/lib/crypto";

// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-insurer-signature");
  const computedSignature = hmacHex(process.env.INSURER_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (!signature || signature !== computedSignature) return new NextResponse("bad signature", { status: 401 });
  const body = JSON.parse(raw) as { claimId: string; status: string };
  if (typeof body.claimId !== "string" || !["approved", "denied"].includes(body.status)) return new NextResponse("bad payload", { status: 400 });
  await prisma.claim.update({ where: { id: body.claimId }, data: { status: body.status } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-insurer-signature") ?? "";
  if (!signatureMatches(hmacHex(process.env.INSURER_WEBHOOK_SECRET!, raw), signature)) return new NextResponse("bad signature", { status: 401 });
  const body = JSON.parse(raw) as { claimId: string; note: string };
  if (typeof body.claimId !== "string" || typeof body.note !== "string") return new NextResponse("bad payload", { status: 400 });
  await prisma.claim.update({ where: { id: body.claimId }, data: { payerNotes: body.note.slice(0, 2000) } });
  return NextResponse.json({ ok: true });
}
