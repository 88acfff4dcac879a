import { NextResponse } from "next/server";
import { z } from "zod";
import { searchTutors } from "@/lib/data/search";
import { db } from "@/lib/db/drizzle";
import { tutorProfiles } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

const querySchema = z.object({ subject: z.string().min(2).max(60), sort: z.enum(["rating", "price", "newest"]).default("rating"), limit: z.coerce.number().int().max(50).default(20) });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const tutors = await searchTutors(parsed.data.subject, parsed.data.sort, parsed.data.limit);
  // ok: excessive-data-exposure
  return NextResponse.json(tutors);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const { userId, verified } = await req.json();
  if (typeof userId !== "string" || typeof verified !== "boolean") return NextResponse.json({ error: "Bad body" }, { status: 400 });
  // ruleid: mass-assignment
  await db.update(tutorProfiles).set({ verified }).where(eq(tutorProfiles.userId, userId));
  return NextResponse.json({ ok: true });
}
