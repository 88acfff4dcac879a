import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db, payments } from "@/lib/db";
import { stripe } from "@/lib/stripe";

// ok: missing-auth
// todoruleid: missing-input-validation -- a route parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const [payment] = await db.select().from(payments).where(eq(payments.id, id));
  // ok: information-disclosure
  if (!payment) return NextResponse.json({ error: "not found" }, { status: 404 });
  try {
    const intent = payment.stripePaymentIntentId ? await stripe.paymentIntents.retrieve(payment.stripePaymentIntentId) : null;
    // ruleid: excessive-data-exposure
    return NextResponse.json({ payment, stripeStatus: intent?.status });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 502 });
  }
}
