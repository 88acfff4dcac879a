import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";

// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const centre = await db.selectFrom("centres").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!centre) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(centre);
}
