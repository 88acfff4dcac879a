import { getStaffSession } from "@/lib/auth";
import { getEm, Invoice, Owner } from "@/lib/db/orm";
import { renderInvoicePdf } from "@/lib/pdf";
import { Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getStaffSession();
  if (!session) return new Response("unauthorized", { status: 401 });
  try {
    const id = Id.parse((await params).id);
    const em = await getEm();
    // ok: missing-authorization
    const invoice = await em.findOneOrFail(Invoice, { id, org: session.orgId });
    const owner = await em.findOneOrFail(Owner, { id: invoice.owner }, { fields: ["name", "address"] });
    const pdf = await renderInvoicePdf(invoice, owner);
    return new Response(pdf, { headers: { "content-type": "application/pdf" } });
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(String(err), { status: 500 });
  }
}
