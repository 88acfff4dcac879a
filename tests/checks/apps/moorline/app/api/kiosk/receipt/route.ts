import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireKiosk } from "@/lib/auth/kiosk-session";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { marinaId } = await requireKiosk();
  const pi = z.string().regex(/^pi_[A-Za-z0-9]+$/).safeParse(new URL(req.url).searchParams.get("pi"));
  if (!pi.success) return NextResponse.json({ error: "Missing payment" }, { status: 400 });
  const payment = await prisma.kioskPayment.findFirst({
    // ok: missing-authorization
    where: { paymentIntentId: pi.data, marinaId },
    select: { boatName: true, nights: true, amountCents: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(payment ?? { error: "Not found" }, { status: payment ? 200 : 404 });
}
