import { NextResponse, type NextRequest } from "next/server";
import { getEm, Invoice } from "@/lib/db/orm";
import { stripe } from "@/lib/stripe";
import { Id } from "@/lib/validation/schemas";

// Pay-by-link from invoice emails: /api/pay/<invoiceId>?t=<payLinkToken>
// ok: missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ invoiceId: string }> }) {
  const id = Id.safeParse((await params).invoiceId);
  const token = req.nextUrl.searchParams.get("t") ?? "";
  // ok: timing-unsafe-comparison
  if (!id.success || token === "") return NextResponse.json({ error: "not_found" }, { status: 404 });
  const em = await getEm();
  const invoice = await em.findOne(Invoice, { id: id.data }, { fields: ["id", "org", "number", "amountCents", "status", "payLinkToken"] });
  // ruleid: timing-unsafe-comparison
  if (!invoice || invoice.payLinkToken !== token) {
    return NextResponse.json({ error: "not_found" }, { status: 404 });
  }
  if (invoice.status === "paid") return NextResponse.redirect(new URL("/pay/done", req.url));
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: invoice.amountCents, product_data: { name: `Invoice ${invoice.number}` } } }],
    metadata: { invoiceId: invoice.id, orgId: invoice.org },
    success_url: `${process.env.APP_URL}/pay/done`,
    cancel_url: `${process.env.APP_URL}/pay/cancelled`,
  });
  return NextResponse.redirect(checkout.url!);
}
