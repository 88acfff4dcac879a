import { NextResponse } from "next/server";
import { getCrewUser } from "@/lib/auth/appwrite";
import { getEm, CrewMember } from "@/lib/db/orm";

// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: floating-auth-check
  const user = await getCrewUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const em = await getEm();
  // ok: missing-authorization
  const crew = await em.findOne(CrewMember, { appwriteUserId: user.$id, active: true });
  if (!crew) return NextResponse.json({ error: "not_crew" }, { status: 403 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(crew);
}
