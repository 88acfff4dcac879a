import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ user: null }, { status: 401 });
  // todoruleid: excessive-data-exposure -- known gap (pass 42, I): session user record from validateSessionToken include not traced to the response
  return NextResponse.json({ user });
}
