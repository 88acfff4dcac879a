import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";
import { authenticatePartner } from "@/lib/partners";
import { rateLimitByKey } from "@/lib/ratelimit";
import { orderSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await rateLimitByKey(`partner:${partner.id}`);
  const rows = await db
    .selectFrom("orders")
    .select(["id", "centreId", "bloodType", "units", "status", "createdAt"])
    .where("partnerId", "=", partner.id)
    .orderBy("createdAt", "desc")
    .limit(100)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ orders: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await rateLimitByKey(`partner:${partner.id}`, 20);
  const parsed = orderSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid order" }, { status: 400 });
  const order = await db
    .insertInto("orders")
    // ok: mass-assignment
    .values({ ...parsed.data, partnerId: partner.id, status: "pending", invoiceId: null, createdAt: new Date() })
    .returning(["id", "status"])
    .executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return NextResponse.json(order, { status: 201 });
}
