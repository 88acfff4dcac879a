import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { validateRequest, ownsRider } from "@/lib/auth/lucia";
import { riderSchema } from "@/lib/validators";

type Ctx = { params: Promise<{ riderId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const riderId = z.string().uuid().parse((await params).riderId);
  // ok: missing-authorization
  const rider = await db.selectFrom("riders").select(["id", "hospitality", "technical", "status"]).where("id", "=", riderId).where("artist_id", "=", user.artistId).executeTakeFirst();
  if (!rider) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(rider);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const riderId = z.string().uuid().parse((await params).riderId);
  const body = riderSchema.parse(await req.json());
  // ruleid: floating-auth-check
  if (!ownsRider(riderId)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await db.updateTable("riders").set({ hospitality: body.hospitality, technical: body.technical }).where("id", "=", riderId).execute();
  return NextResponse.json({ ok: true });
}
