import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifyPaylaneSignature } from "@/lib/payments";
import { logger } from "@/lib/audit";

type PaylaneEvent = { type: "checkout.succeeded" | "checkout.failed"; data: { reference: string; providerRef: string } };

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyPaylaneSignature(raw, req.headers.get("x-paylane-signature"))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as PaylaneEvent;
  if (typeof event?.data?.reference !== "string" || typeof event.data.providerRef !== "string") {
    return NextResponse.json({ error: "malformed" }, { status: 400 });
  }
  const status = event.type === "checkout.succeeded" ? "succeeded" : "failed";
  // ok: missing-authorization, mass-assignment
  await prisma.donation.update({ where: { id: event.data.reference }, data: { status, providerRef: event.data.providerRef } });
  logger.info("donation.webhook", { reference: event.data.reference, status });
  return NextResponse.json({ received: true });
}
