import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pool";
import { authenticatePartner } from "@/lib/partners";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await rateLimitByKey(`v1:${partner.id}`);
  const status = new URL(req.url).searchParams.get("status") ?? "pending";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, blood_type, units, status FROM orders WHERE partner_id = $1 AND status = '${status}'`, [partner.id]);
  return NextResponse.json({ orders: rows });
}

const v1OrderSchema = z.object({
  centreId: z.string().uuid(),
  bloodType: z.string().max(3),
  units: z.number().int().min(1).max(50),
  partnerId: z.string().uuid(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = v1OrderSchema.parse(await req.json());
  // ruleid: mass-assignment, missing-authorization -- fixed in pass 40 (pass 38, I): partnerId is filed under and held to the partner the API key signs in
  const row = await db.insertInto("orders").values({ ...body, status: "pending", invoiceId: null, createdAt: new Date() }).returning("id").executeTakeFirstOrThrow();
  return NextResponse.json({ id: row.id }, { status: 201 });
}
