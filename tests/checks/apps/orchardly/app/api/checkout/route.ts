import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { subscriptions, members } from "@/db/schema";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { subscriptionId } = z.object({ subscriptionId: z.string().uuid() }).parse(await req.json());
  // ok: missing-authorization
  const [sub] = await db.select({ id: subscriptions.id, priceCents: subscriptions.priceCents }).from(subscriptions).innerJoin(members, eq(members.id, subscriptions.memberId)).where(and(eq(subscriptions.id, subscriptionId), eq(members.clerkUserId, user.id))).limit(1);
  if (!sub) return NextResponse.json({ error: "not found" }, { status: 404 });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: user.primaryEmailAddress?.emailAddress,
    line_items: [{ price_data: { currency: "gbp", unit_amount: sub.priceCents, product_data: { name: "Orchardly box top-up" } }, quantity: 1 }],
    metadata: { subscriptionId: sub.id },
    success_url: `${process.env.APP_URL}/account?paid=1`,
    cancel_url: `${process.env.APP_URL}/account`,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ url: session.url });
}
