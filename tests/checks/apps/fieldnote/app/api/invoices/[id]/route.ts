import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { billingDb } from "@/lib/drizzle/client";
import { invoices } from "@/lib/drizzle/schema";

/** Fetched by the PDF renderer service. */
// ruleid: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) { // ok: missing-input-validation
  const { id } = await params;
  if (!/^inv_[a-z0-9]{20}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const [invoice] = await billingDb.select().from(invoices).where(eq(invoices.id, id));
  if (!invoice) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(invoice);
}
