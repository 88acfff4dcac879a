import { NextResponse } from "next/server";
import { authenticatePartner } from "@/lib/partners";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db/kysely";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await rateLimitByKey(`invoices:${partner.id}`, 30);
  const row = await db.selectFrom("partners").select(["stripeCustomerId"]).where("id", "=", partner.id).executeTakeFirstOrThrow();
  const invoices = await stripe.invoices.list({ customer: row.stripeCustomerId!, limit: 50 });
  // ok: excessive-data-exposure
  return NextResponse.json(invoices.data.map((i) => ({ id: i.id, status: i.status, amountDue: i.amount_due, url: i.hosted_invoice_url })));
}
