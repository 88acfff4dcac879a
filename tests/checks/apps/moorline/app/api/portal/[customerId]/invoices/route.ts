import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { customerFromPortalLink } from "@/lib/portal";

/** Link-authenticated invoice list for owners without a portal account. */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ customerId: string }> }) {
  const customerId = z.string().cuid().parse((await params).customerId);
  const token = z.string().min(20).max(100).safeParse(new URL(req.url).searchParams.get("t"));
  if (!token.success) return NextResponse.json({ error: "Link expired" }, { status: 401 });
  const customer = await customerFromPortalLink(customerId, token.data);
  if (!customer) return NextResponse.json({ error: "Link expired" }, { status: 401 });
  const invoices = await prisma.invoice.findMany({
    // ok: missing-authorization
    where: { customerId: customer.id, orgId: customer.orgId },
    select: { number: true, totalCents: true, status: true, paidAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ customer: customer.name, invoices });
}
