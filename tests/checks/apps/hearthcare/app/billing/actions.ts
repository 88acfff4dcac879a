"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/pg";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendStatement(clientId: string) {
  const session = await verifySession();
  const { success } = await ratelimit.limit(`statement:${session.userId}`);
  if (!success) return { error: "Try later" };
  const id = z.string().uuid().parse(clientId);
  // ok: missing-authorization
  const [c] = await sql`SELECT billing_email, balance_cents FROM billing_clients WHERE id = ${id} AND agency_id = ${session.agencyId}`;
  if (!c) return { error: "Not found" };
  await sendEmail(c.billing_email, "Your monthly statement", `<p>Balance: $${(c.balance_cents / 100).toFixed(2)}</p>`);
  return { success: true };
}

// Called by the Stripe webhook handler; exported from a "use server" module, so it is also a public action.
// ruleid: missing-auth
// ok: missing-input-validation
export async function settleInvoiceFromWebhook(invoiceId: string, amountCents: number) {
  const input = z.object({ invoiceId: z.string().uuid(), amountCents: z.number().int() }).parse({ invoiceId, amountCents });
  await sql`UPDATE invoices SET status = 'paid', paid_cents = ${input.amountCents} WHERE id = ${input.invoiceId}`;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function writeOffBalance(clientId: string) {
  // ruleid: floating-auth-check
  verifySession();
  const id = z.string().uuid().parse(clientId);
  await sql`UPDATE billing_clients SET balance_cents = 0 WHERE id = ${id}`;
}

// ok: missing-auth, missing-input-validation
export async function updateBillingContact(formData: FormData) {
  const session = await verifySession();
  const body = z.object({ clientId: z.string().uuid(), billingEmail: z.string().email(), balanceCents: z.coerce.number().int().optional() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, sql-injection
  // ruleid: mass-assignment
  await sql`UPDATE billing_clients SET ${sql(body, "billingEmail", "balanceCents")} WHERE id = ${body.clientId} AND agency_id = ${session.agencyId}`;
}
