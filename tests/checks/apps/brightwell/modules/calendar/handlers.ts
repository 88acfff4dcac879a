import { NextResponse } from "next/server";
import { z } from "zod";
import { requireParent, getParentSession } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { buildIcs } from "@/lib/ical";

// The parent's own volunteer calendar (re-exported by app/api/calendar/route.ts).
// ok: missing-auth, missing-input-validation
export async function GET() {
  const parent = await requireParent();
  const signups = await db.shiftSignup.findMany({
    where: { parentId: parent.parentId },
    select: { shift: { select: { id: true, role: true, startsAt: true, endsAt: true, event: { select: { title: true } } } } },
  });
  const ics = buildIcs(signups.map((s) => ({ id: s.shift.id, title: `${s.shift.event.title}: ${s.shift.role}`, start: s.shift.startsAt, end: s.shift.endsAt })));
  return new NextResponse(ics, { headers: { "content-type": "text/calendar" } });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parent = await requireParent();
  const { signupId, hours } = z.object({ signupId: z.string().cuid(), hours: z.number().min(0).max(12) }).parse(await req.json());
  // ok: missing-authorization
  await db.shiftSignup.updateMany({ where: { id: signupId, parentId: parent.parentId }, data: { hours } });
  return NextResponse.json({ ok: true });
}

// Clear my un-attended signups.
// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE() {
  const session = await getParentSession();
  // ruleid: floating-auth-check
  requireParent();
  const { count } = await db.shiftSignup.deleteMany({ where: { parentId: session.parentId, checkedIn: false } });
  return NextResponse.json({ count });
}
