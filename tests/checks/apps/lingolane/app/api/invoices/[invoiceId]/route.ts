import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getActiveOrg } from "@/lib/auth/org";
import { requireUser } from "@/lib/auth/session";
import { presignDownload } from "@/lib/s3";

type Ctx = { params: Promise<{ invoiceId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { orgId } = await getActiveOrg();
  const { invoiceId } = z.object({ invoiceId: z.string().cuid() }).parse(await params);
  const invoice = await prisma.invoice.findFirst({
    // ok: missing-authorization
    where: { id: invoiceId, orgId },
    select: { id: true, amountCents: true, status: true, pdfKey: true },
  });
  if (!invoice) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ ...invoice, pdfUrl: invoice.pdfKey ? await presignDownload(invoice.pdfKey) : null });
}

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  await requireUser();
  const { invoiceId } = z.object({ invoiceId: z.string().cuid() }).parse(await params);
  // ruleid: missing-authorization
  const invoice = await prisma.invoice.findUnique({
    where: { id: invoiceId },
    select: { pdfKey: true },
  });
  if (!invoice?.pdfKey) return NextResponse.json({ error: "No PDF" }, { status: 404 });
  return NextResponse.json({ url: await presignDownload(invoice.pdfKey) });
}
