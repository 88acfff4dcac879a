import { type NextRequest } from "next/server";
import { z } from "zod";
import { authenticateApiKey } from "@/lib/api/route-builder";
import { prisma } from "@/lib/db/prisma";
import { ledesLinesForInvoice } from "@/lib/sql/legacy-billing";

// LEDES 1998B export for e-billing portals.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const key = await authenticateApiKey(req, "invoices:read");
  if (!key) return new Response("unauthorized", { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: key.firmId }, select: { id: true, number: true } });
  if (!invoice) return new Response("not found", { status: 404 });
  const lines = (await ledesLinesForInvoice(invoice.id)) as { line_no: number; task_code: string; activity_code: string; units: number; rate: number; total: number }[];
  const body = ["LEDES1998B[]", "INVOICE_NUMBER|LINE_ITEM_NUMBER|LINE_ITEM_TASK_CODE|LINE_ITEM_ACTIVITY_CODE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_UNIT_COST|LINE_ITEM_TOTAL[]"]
    .concat(lines.map((l) => `${invoice.number}|${l.line_no}|${l.task_code}|${l.activity_code}|${l.units}|${l.rate}|${l.total}[]`))
    .join("\n");
  return new Response(body, { headers: { "content-type": "text/plain", "content-disposition": `attachment; filename="${invoice.number}.ledes"` } });
}
