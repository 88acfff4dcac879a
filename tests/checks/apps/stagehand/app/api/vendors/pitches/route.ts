import { NextResponse } from "next/server";
import * as yup from "yup";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { db } from "@/lib/db/kysely";
import { sessionOptions, type VendorSession } from "@/lib/auth/vendor-session";

const pitchYup = yup.object({ pitchType: yup.string().oneOf(["food", "drink", "merch", "coffee"]).required(), menu: yup.string().min(10).max(4000).required() });

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getIronSession<VendorSession>(await cookies(), sessionOptions);
  if (!session.vendorId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const rows = await db.selectFrom("pitch_applications").select(["id", "pitch_type", "status", "paid"]).where("vendor_id", "=", session.vendorId).execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getIronSession<VendorSession>(await cookies(), sessionOptions);
  if (!session.vendorId || !session.festivalId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const input = await pitchYup.validate(await req.json(), { stripUnknown: true });
  // ok: mass-assignment
  const row = await db.insertInto("pitch_applications").values({ pitch_type: input.pitchType, menu: input.menu, vendor_id: session.vendorId, festival_id: session.festivalId, status: "submitted", fee_cents: 0, paid: false, reviewer_notes: null }).returning("id").executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id }, { status: 201 });
}
