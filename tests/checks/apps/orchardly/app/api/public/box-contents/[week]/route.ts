import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { boxes, farms } from "@/db/schema";

type Ctx = { params: Promise<{ week: string }> };

// Public "what's in the box this week" page data.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const week = z.string().date().safeParse((await params).week);
  const farm = z.string().min(1).max(60).regex(/^[a-z0-9-]+$/).safeParse(new URL(req.url).searchParams.get("farm"));
  if (!week.success || !farm.success) return NextResponse.json({ error: "bad request" }, { status: 400 });
  const rows = await db
    .select({ size: boxes.size, contents: boxes.contents })
    .from(boxes)
    .innerJoin(farms, eq(farms.id, boxes.farmId))
    .where(and(eq(farms.slug, farm.data), eq(boxes.week, week.data), eq(boxes.published, true), eq(farms.isPublic, true)));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
