import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { createClient } from "@/lib/supabase/server";
import { stripe } from "@/lib/stripe";

// Customer accepts a quote -> PaymentIntent with a Connect destination.
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // why: quote loaded and accepted by id alone; another customer's quote can be accepted (and its order hijacked)
  // ruleid: missing-authorization
  const quote = await prisma.quote.update({ where: { id }, data: { status: "accepted" }, select: { id: true, shopId: true, priceCents: true } });
  const account = await prisma.shopAccount.findUniqueOrThrow({ where: { shopId: quote.shopId }, select: { stripeAccountId: true, platformFeeBps: true } });
  const intent = await stripe.paymentIntents.create({
    amount: quote.priceCents,
    currency: "eur",
    application_fee_amount: Math.round((quote.priceCents * account.platformFeeBps) / 10000),
    transfer_data: { destination: account.stripeAccountId },
    metadata: { quoteId: quote.id },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ clientSecret: intent.client_secret });
}
