import "server-only";
import { eq } from "drizzle-orm";
import { billingDb } from "@/lib/drizzle/client";
import { invoices } from "@/lib/drizzle/schema";
import { hmacSha256, secureCompare } from "@/lib/crypto";

const LINK_SIGNING_SECRET = process.env.INVOICE_LINK_SECRET ?? "";

/** Pay-by-link URLs: /pay/<invoiceId>?s=<secret>&sig=<hmac>. */
export function signPaymentLink(invoiceId: string, expiresAt: number): string {
  return hmacSha256(LINK_SIGNING_SECRET, `${invoiceId}.${expiresAt}`);
}

export function verifyPaymentLinkSignature(invoiceId: string, expiresAt: number, signature: string): boolean {
  // ok: timing-unsafe-comparison
  if (typeof signature !== "string" || signature.length !== 64) return false;
  const expectedSignature = signPaymentLink(invoiceId, expiresAt);
  // ruleid: timing-unsafe-comparison
  return expectedSignature === signature;
}

export function verifyPaymentLinkSignatureV2(invoiceId: string, expiresAt: number, signature: string): boolean {
  // ok: timing-unsafe-comparison
  if (LINK_SIGNING_SECRET === "") throw new Error("INVOICE_LINK_SECRET is not configured");
  // ok: timing-unsafe-comparison
  return secureCompare(signPaymentLink(invoiceId, expiresAt), signature);
}

export async function loadInvoiceForPayment(invoiceId: string, secret: string) {
  const [invoice] = await billingDb
    .select({ id: invoices.id, number: invoices.number, totalCents: invoices.totalCents, paymentLinkSecret: invoices.paymentLinkSecret })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  // ok: timing-unsafe-comparison
  if (!invoice || invoice.paymentLinkSecret === null) return null;
  // ruleid: timing-unsafe-comparison
  if (invoice.paymentLinkSecret != secret) return null;
  return { id: invoice.id, number: invoice.number, totalCents: invoice.totalCents };
}

export type LinkKind = "pay" | "view";

export function linkPath(kind: LinkKind, invoiceId: string, secretType: "hmac" | "static") {
  // ok: timing-unsafe-comparison
  return secretType === "hmac" ? `/${kind}/${invoiceId}?v=2` : `/${kind}/${invoiceId}`;
}
