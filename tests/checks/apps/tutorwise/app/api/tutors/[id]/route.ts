import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { tutorProfiles } from "@/lib/db/schema";

// todook: missing-auth
// ok: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const [profile] = await db.select().from(tutorProfiles).where(eq(tutorProfiles.userId, id));
  if (!profile) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(profile);
}
