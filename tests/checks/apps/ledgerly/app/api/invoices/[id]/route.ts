import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { InvoicePatchCheck, UUID_RE } from "@/lib/validation";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!UUID_RE.test(id)) return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  // ruleid: missing-authorization
  const invoice = await db
    .selectFrom("invoices")
    .select(["id", "number", "status", "total_cents", "currency", "due_date", "notes", "client_id"])
    .where("id", "=", id)
    .executeTakeFirst();
  // ok: information-disclosure
  if (!invoice) return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(invoice);
}

// ok: missing-authorization, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!UUID_RE.test(id)) return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  const body: unknown = await req.json().catch(() => null);
  if (!InvoicePatchCheck.Check(body)) {
    return NextResponse.json({ error: "Invalid patch", issues: [...InvoicePatchCheck.Errors(body)].map((e) => e.path) }, { status: 400 });
  }
  try {
    await db.updateTable("invoices").set({ status: body.status, notes: body.notes, due_date: body.dueDate }).where("id", "=", id).where("org_id", "=", user.orgId).execute();
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}

// ok: missing-authorization, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!UUID_RE.test(id)) return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  const invoice = await db.selectFrom("invoices").select(["id", "org_id", "status"]).where("id", "=", id).executeTakeFirst();
  if (!invoice || invoice.org_id !== user.orgId) return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  if (invoice.status !== "draft") return NextResponse.json({ error: "Only drafts can be deleted" }, { status: 409 });
  await db.deleteFrom("invoices").where("id", "=", invoice.id).execute();
  return new NextResponse(null, { status: 204 });
}
