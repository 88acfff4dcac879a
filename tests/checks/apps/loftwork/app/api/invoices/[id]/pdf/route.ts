import { type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { formatCents } from "@/lib/utils";

// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  const invoice = await db
    .selectFrom("invoices")
    .select(["id", "number", "amount_cents", "tax_cents", "status", "issued_at", "organization_id", "user_id"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!invoice) return new Response("Not found", { status: 404 });

  if (invoice.user_id !== session.user.id) {
    const member = invoice.organization_id
      ? await db
          .selectFrom("member")
          .select("role")
          .where("organizationId", "=", invoice.organization_id)
          .where("userId", "=", session.user.id)
          .executeTakeFirst()
      : undefined;
    if (!member || member.role === "member") return new Response("Not found", { status: 404 });
  }
  const text = `Invoice ${invoice.number}\nAmount: ${formatCents(invoice.amount_cents)}\nTax: ${formatCents(invoice.tax_cents)}\nStatus: ${invoice.status}\n`;
  // ok: excessive-data-exposure
  return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8" } });
}
