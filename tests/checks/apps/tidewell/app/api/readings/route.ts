import { NextResponse } from "next/server";
import { and, desc, eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { meterReadings, members } from "@/lib/db/schema";
import { readingSchema } from "@/lib/validators";

async function memberIdFor(userId: string) {
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.userId, userId));
  return m?.id ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const memberId = await memberIdFor(session.user.id);
  if (!memberId) return NextResponse.json([]);
  // ok: missing-authorization
  const rows = await db
    .select({ id: meterReadings.id, kwh: meterReadings.kwh, readAt: meterReadings.readAt })
    .from(meterReadings)
    .where(eq(meterReadings.memberId, memberId))
    .orderBy(desc(meterReadings.readAt));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = readingSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid reading" }, { status: 400 });
  const memberId = await memberIdFor(session.user.id);
  if (!memberId) return NextResponse.json({ error: "No membership" }, { status: 403 });
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(meterReadings).values({ ...parsed.data, kwh: String(parsed.data.kwh), memberId }).returning({ id: meterReadings.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE() {
  const session = await auth();
  const memberId = await memberIdFor(session?.user?.id as string);
  await db.delete(meterReadings).where(and(eq(meterReadings.memberId, memberId as string), eq(meterReadings.verified, false)));
  return NextResponse.json({ ok: true });
}
