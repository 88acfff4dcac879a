import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { validateRequest } from "@/lib/auth/lucia";
import { getShopRole } from "@/lib/permissions";
import { tdb } from "@/lib/db/drizzle";
import { printers } from "@/lib/db/schema";
import { printerSchema } from "@/lib/validators";

type Ctx = { params: Promise<{ shopId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const shopId = z.string().uuid().parse((await params).shopId);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const role = await getShopRole(user.id, shopId);
  if (!role) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const rows = await tdb.select({ id: printers.id, name: printers.name, model: printers.model, status: printers.status }).from(printers).where(eq(printers.shopId, shopId));
  // ok: excessive-data-exposure
  return NextResponse.json({ printers: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const shopId = z.string().uuid().parse((await params).shopId);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const input = printerSchema.parse({ ...(await req.json()), shopId });
  const role = await getShopRole(user.id, shopId);
  if (role !== "owner" && role !== "manager") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: mass-assignment, missing-authorization
  const [row] = await tdb.insert(printers).values(input).returning({ id: printers.id });
  return NextResponse.json(row, { status: 201 });
}

// Bulk edit from the fleet table.
// why: the JSON body is used as-is
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const shopId = z.string().uuid().parse((await params).shopId);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const role = await getShopRole(user.id, shopId);
  if (role !== "owner" && role !== "manager") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { id, ...changes } = await req.json();
  // why: whole body written (shopId can move the printer to another shop, accessCode overwritten)
  // ruleid: mass-assignment
  // ok: missing-authorization
  await tdb.update(printers).set(changes).where(and(eq(printers.id, id), eq(printers.shopId, shopId)));
  return NextResponse.json({ ok: true });
}
