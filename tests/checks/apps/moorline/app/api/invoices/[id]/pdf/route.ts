import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { renderInvoicePdf } from "@/lib/legacy/invoice-pdf";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await verifySession();
  const id = z.string().cuid().parse((await params).id);
  // ruleid: missing-authorization
  const invoice = await prisma.invoice.findUnique({
    where: { id },
    select: { number: true, totalCents: true, status: true, customerId: true },
  });
  if (!invoice) return new Response("Not found", { status: 404 });
  const pdf = renderInvoicePdf(invoice);
  return new Response(pdf, { headers: { "content-type": "application/pdf" } });
}
