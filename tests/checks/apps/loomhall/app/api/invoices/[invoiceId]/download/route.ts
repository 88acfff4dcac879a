import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Customers download their invoice PDF.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).invoiceId);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, customerId: userId, status: { in: ["approved", "paid"] } }, select: { pdfKey: true } });
  if (!invoice?.pdfKey) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { data, error } = await supabaseAdmin.storage.from("invoices").download(invoice.pdfKey);
  // ok: information-disclosure
  if (error || !data) return NextResponse.json({ error: "Could not fetch invoice" }, { status: 502 });
  return new NextResponse(data, { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="invoice-${id}.pdf"` } });
}
