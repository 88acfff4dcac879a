import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ quoteId: string }> }) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse((await params).quoteId);
  // ok: missing-authorization
  const quote = await prisma.quote.findFirst({ where: { id, customerId: userId, status: "accepted" }, select: { id: true, depositCents: true } });
  if (!quote) return NextResponse.json({ error: "Quote not found" }, { status: 404 });
  try {
    const intent = await stripe.paymentIntents.create({ amount: quote.depositCents, currency: "eur", metadata: { quoteId: quote.id, customerId: userId } });
    return NextResponse.json({ clientSecret: intent.client_secret });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
