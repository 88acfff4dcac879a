import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { hmacHex } from "@/lib/crypto";

// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const digest = hmacHex(process.env.DOCUSIGN_CONNECT_KEY!, raw);
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-docusign-signature-1") !== digest) return new NextResponse("forbidden", { status: 403 });
  const body = JSON.parse(raw) as { envelopeId: string; status: string; claimId: string };
  await prisma.claim.updateMany({ where: { id: body.claimId }, data: { status: body.status === "completed" ? "pending_payment" : "open" } });
  return NextResponse.json({ ok: true });
}
