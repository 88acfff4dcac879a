import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, berths, bookings } from "@/lib/db";
import { bookingSchema } from "@/lib/validators";
import { ownsBoat } from "@/lib/guards";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { data } = await supabase.from("bookings").select("id, berth_id, starts_on, ends_on, status").eq("owner_id", user.id);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// Mobile app booking endpoint. The body is checked, then spread raw (unknown keys survive).
// ok: missing-auth
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  const parsed = bookingSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  if (!(await ownsBoat(user.id, parsed.data.boatId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const berth = await db.query.berths.findFirst({ where: eq(berths.id, parsed.data.berthId), columns: { organizationId: true, nightlyRateCents: true } });
  if (!berth) return NextResponse.json({ error: "no berth" }, { status: 404 });
  const id = randomUUID();
  // ruleid: mass-assignment
  await db.insert(bookings).values({ id, organizationId: berth.organizationId, ownerId: user.id, totalCents: berth.nightlyRateCents, ...body });
  return NextResponse.json({ id }, { status: 201 });
}
