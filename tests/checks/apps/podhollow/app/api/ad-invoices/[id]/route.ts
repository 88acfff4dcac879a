import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { invoiceById } from "@/lib/ledger";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/mysql";
import type { RowDataPacket } from "mysql2";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // any signed-in user can read any network's invoice
  // ok: sql-injection
  // ruleid: missing-authorization
  const [rows] = await pool.execute<RowDataPacket[]>("SELECT * FROM ad_invoices WHERE id = ?", [id]);
  const invoice = rows[0];
  if (!invoice) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(invoice);
}

// Advertiser view of their own invoices via the billing email.
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const adv = await prisma.advertiser.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  const invoice = await invoiceById(id);
  if (!invoice || !adv || invoice.advertiser_id !== adv.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: invoice.id, amountCents: invoice.amount_cents, status: invoice.status });
}
