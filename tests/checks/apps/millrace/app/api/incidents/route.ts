import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, incidents } from "@/lib/db";
import { getMember } from "@/lib/auth";
import { incidentSchema } from "@/lib/validators";

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const member = await getMember();
  const rows = await db
    .select({ id: incidents.id, description: incidents.description })
    .from(incidents)
    .where(eq(incidents.reporterId, member?.id as string));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const member = await getMember();
  if (!member) return NextResponse.json({ error: "Sign in" }, { status: 401 });
  const parsed = incidentSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  // ok: mass-assignment
  await db.insert(incidents).values({ ...parsed.data, reporterId: member.id });
  return NextResponse.json({ ok: true }, { status: 201 });
}
