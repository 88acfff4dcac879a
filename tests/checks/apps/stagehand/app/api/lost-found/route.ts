import { NextResponse } from "next/server";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { lostItemSchema } from "@/lib/validators";
import { festivalIdBySlug } from "@/lib/festival";
import { getStaffOrNull } from "@/lib/auth/staff";

// Public lost-item form (festival app).
// ok: missing-input-validation // todook: missing-auth -- an anonymous public form route (cause 1)
export async function POST(req: Request) {
  const body = lostItemSchema.extend({ festivalSlug: z.string().max(80) }).parse(await req.json());
  const festivalId = await festivalIdBySlug(body.festivalSlug);
  if (!festivalId) return NextResponse.json({ error: "Unknown festival" }, { status: 404 });
  const claimCode = String(randomInt(100000, 999999));
  // ok: mass-assignment
  await db.insertInto("lost_items").values({ festival_id: festivalId, description: body.description, contact_email: body.contactEmail, contact_phone: body.contactPhone ?? null, location: body.location ?? null, status: "reported", claim_code: claimCode }).execute();
  return NextResponse.json({ claimCode }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const staff = await getStaffOrNull();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", staff.orgId).executeTakeFirstOrThrow();
  // ok: missing-authorization
  const items = await db.selectFrom("lost_items").selectAll().where("festival_id", "=", festival.id).orderBy("created_at", "desc").execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json(items);
}
