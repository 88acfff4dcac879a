import { NextResponse } from "next/server";
import { desc, eq } from "drizzle-orm";
import { db, checkins } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { verifyKiosk } from "@/lib/kiosk";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const member = await requireMember();
  const rows = await db.select({ at: checkins.at }).from(checkins).where(eq(checkins.memberId, member.id)).orderBy(desc(checkins.at));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  if (!(await verifyKiosk(req))) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const { memberId } = z.object({ memberId: z.string().uuid() }).parse(await req.json());
  await db.insert(checkins).values({ memberId });
  return NextResponse.json({ ok: true });
}
