import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db/kysely";

// Gate team export of every artist's guest list.
// ok: missing-auth
// todoruleid: missing-input-validation -- a search param into an ORM filter: exempt by the pass-21 policy, kept as a known gap (cause 7)
export async function GET(req: NextRequest) {
  await verifySession();
  const festivalId = req.nextUrl.searchParams.get("festivalId") ?? "";
  // ruleid: missing-authorization
  const rows = await db.selectFrom("guest_list_entries").innerJoin("artists", "artists.id", "guest_list_entries.artist_id").select(["artists.name as artist", "guest_list_entries.name", "guest_list_entries.plus_ones"]).where("guest_list_entries.festival_id", "=", festivalId).execute();
  const csv = ["artist,guest,plus_ones", ...rows.map((r) => `${r.artist},${r.name},${r.plus_ones}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=guests.csv" } });
}
