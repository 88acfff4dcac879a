import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const location = await db.selectFrom("locations").selectAll().where("slug", "=", slug).where("is_public", "=", 1).executeTakeFirst();
  if (!location) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const desks = await db.selectFrom("desks").select(["id", "label", "zone", "hourly_cents"]).where("location_id", "=", location.id).execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ location, desks });
}
