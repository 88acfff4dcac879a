import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { hmacSha256 } from "@/lib/crypto";

const callbackSchema = z.object({
  transactionId: z.string(),
  reference: z.string().cuid(),
  status: z.enum(["SUCCESSFUL", "FAILED"]),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-momo-signature");
  const expectedSignature = hmacSha256(process.env.MOMO_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (!signature || signature !== expectedSignature) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const parsed = callbackSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 400 });
  await prisma.payout.updateMany({
    where: { id: parsed.data.reference, status: { in: ["APPROVED", "SENT"] } },
    data: { status: parsed.data.status === "SUCCESSFUL" ? "PAID" : "FAILED", providerRef: parsed.data.transactionId },
  });
  return NextResponse.json({ ok: true });
}
