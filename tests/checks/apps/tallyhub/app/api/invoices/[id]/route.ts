import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import * as v from "valibot";
import { db } from "@/lib/db";
import { invoices } from "@/db/schema";
import { verifySession } from "@/lib/dal";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
// todoruleid: missing-input-validation -- by design a URL string into an ORM filter or a bound parameter is not flagged (a string by construction)
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { id } = await params;
  // ruleid: missing-authorization
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, id) });
  if (!invoice) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  console.info("invoice viewed", { userId, id });
  // ruleid: excessive-data-exposure
  return NextResponse.json(invoice);
}

const PatchSchema = z.object({ notes: z.string().max(500).optional(), status: z.enum(["draft", "sent"]).optional() });

// ok: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const parsed = PatchSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  }
  const existing = await db.query.invoices.findFirst({
    where: eq(invoices.id, id),
    columns: { id: true, createdBy: true },
  });
  if (!existing || existing.createdBy !== userId) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: missing-authorization -- loaded and compared with the session user first
  // ok: mass-assignment -- parsed by a zod object without privileged fields
  await db.update(invoices).set(parsed.data).where(eq(invoices.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) {
    return NextResponse.json({ error: "Bad id" }, { status: 400 });
  }
  // ruleid: missing-authorization
  await db.delete(invoices).where(eq(invoices.id, id));
  return NextResponse.json({ deleted: id, by: userId });
}
