import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ user: null }, { status: 401 });
  // ruleid: excessive-data-exposure -- the session user loaded whole by validateSessionToken (passwordHash, recoveryCode)
  return NextResponse.json({ user });
}
