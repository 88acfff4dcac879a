import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/kysely";
import { validateRequest } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const rows = await db.selectFrom("guest_list_entries").select(["name", "plus_ones", "checked_in"]).where("artist_id", "=", user.artistId).execute();
  const csv = ["name,plus_ones,checked_in", ...rows.map((r) => `${r.name},${r.plus_ones},${r.checked_in}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const artist = await db.selectFrom("artists").select(["festival_id"]).where("id", "=", user.artistId).executeTakeFirstOrThrow();
  // ruleid: mass-assignment
  await db.insertInto("guest_list_entries").values({ checked_in: false, plus_ones: 0, access_code: randomBytes(4).toString("hex"), ...body, artist_id: user.artistId, festival_id: artist.festival_id }).execute();
  return NextResponse.json({ ok: true }, { status: 201 });
}
