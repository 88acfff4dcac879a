import { sql } from "@/lib/db/sql";
import { safeEqual } from "@/lib/crypto";

// Owners reply to invoice emails; Postmark posts the reply here (basic auth in the webhook URL).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const expectedToken = `Basic ${Buffer.from(`postmark:${process.env.POSTMARK_INBOUND_PASSWORD}`).toString("base64")}`;
  // ok: timing-unsafe-comparison
  if (header.length === 0 || !safeEqual(header, expectedToken)) return new Response("unauthorized", { status: 401 });

  const mail = (await req.json()) as { From?: string; Subject?: string; TextBody?: string; MailboxHash?: string };
  const invoiceNumber = /^QS-\d{5}$/.test(mail.MailboxHash ?? "") ? mail.MailboxHash : null;
  if (!invoiceNumber || typeof mail.From !== "string" || mail.From.length > 320) return new Response("ignored");
  // ok: sql-injection
  await sql`insert into invoice_replies (invoice_number, from_email, subject, body)
            values (${invoiceNumber}, ${mail.From}, ${(mail.Subject ?? "").slice(0, 300)}, ${(mail.TextBody ?? "").slice(0, 20000)})`;
  return new Response("ok");
}
