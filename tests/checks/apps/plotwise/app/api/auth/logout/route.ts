import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current";
import { invalidateSession, deleteSessionTokenCookie } from "@/lib/auth/session";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { session } = await getCurrentSession();
  if (session) await invalidateSession(session.id);
  await deleteSessionTokenCookie();
  return NextResponse.redirect(new URL("/login", req.url), { status: 303 });
}
