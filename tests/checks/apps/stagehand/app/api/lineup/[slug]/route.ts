import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { publicLineup } from "@/lib/festival";

type Ctx = { params: Promise<{ slug: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { slug } = await params;
  const parsed = z.string().regex(/^[a-z0-9-]{2,80}$/).safeParse(slug);
  if (!parsed.success) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const data = await publicLineup(parsed.data);
  if (!data) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}

// Artist cards for the festival app (POST so the app can send a filter body).
// ok: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { slug } = await params;
  const { stage } = z.object({ stage: z.string().max(80).optional() }).parse(await req.json());
  const festival = await db.selectFrom("festivals").select("id").where("slug", "=", z.string().max(80).parse(slug)).where("status", "=", "published").executeTakeFirst();
  if (!festival) return NextResponse.json([], { status: 404 });
  let q = db.selectFrom("artists").selectAll().where("festival_id", "=", festival.id).where("published", "=", true);
  if (stage) q = q.where("slug", "like", `${stage}%`);
  const artists = await q.execute();
  // ruleid: excessive-data-exposure -- (fixed in pass 42, cause 9) a selectAll kysely builder kept in a reassigned let, run by `q.execute()`
  return NextResponse.json(artists);
}
