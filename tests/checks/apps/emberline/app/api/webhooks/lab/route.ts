import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, safeEqual } from "@/lib/crypto";

// The lab's system posts status updates, signed with our shared secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-lab-signature") ?? "";
  const expected = hmacHex(process.env.LAB_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!safeEqual(signature, expected)) return new NextResponse("bad signature", { status: 401 });
  const body = z.object({ caseId: z.string().cuid(), status: z.enum(["received", "in_progress", "shipped"]) }).parse(JSON.parse(raw));
  // ok: missing-authorization
  await prisma.labCase.update({ where: { id: body.caseId }, data: { status: body.status } });
  return NextResponse.json({ ok: true });
}
