import { NextResponse } from "next/server";
import { getCrewUser } from "@/lib/auth/appwrite";
import { getEm, CrewMember, Shift } from "@/lib/db/orm";

async function currentCrew() {
  const user = await getCrewUser();
  if (!user) return null;
  const em = await getEm();
  return em.findOne(CrewMember, { appwriteUserId: user.$id, active: true }, { fields: ["id", "org"] });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const crew = await currentCrew();
  if (!crew) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const em = await getEm();
  // ok: missing-authorization
  const shifts = await em.find(Shift, { crew: crew.id }, { fields: ["id", "startedAt", "endedAt", "notes"], orderBy: { startedAt: "desc" }, limit: 30 });
  // ok: excessive-data-exposure
  return NextResponse.json({ shifts });
}

// Clock in from the app.
// ok: missing-auth, missing-input-validation
export async function POST() {
  const crew = await currentCrew();
  if (!crew) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    const em = await getEm();
    const open = await em.count(Shift, { crew: crew.id, endedAt: null });
    if (open) return NextResponse.json({ error: "already clocked in" }, { status: 409 });
    const shift = em.create(Shift, { org: crew.org, crew: crew.id, startedAt: new Date() });
    await em.flush();
    return NextResponse.json({ id: shift.id }, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 500 });
  }
}
