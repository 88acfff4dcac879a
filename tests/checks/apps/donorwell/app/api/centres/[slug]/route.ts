import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";

// todoruleid: missing-input-validation -- known gap (pass 38, P): route or search param into an ORM filter, Warden's pass-21 exemption
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const centre = await db.selectFrom("centres").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!centre) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(centre);
}
