import { NextResponse } from "next/server";
import { logSecurityEvent } from "@/lib/audit";
import { withSession } from "@/lib/api/with-session";
import { prisma } from "@/lib/db";

// Authentication lives in the withSession wrapper (lib/api/with-session.ts); the session it
// passes in is server-side state, not client input.
// ok: missing-auth, missing-input-validation
export const GET = withSession(async (_request, { session }) => {
  // ok: missing-authorization
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, bio: true, role: true, createdAt: true },
  });
  if (!user) {
    // The caller's own account, looked up by the session id: nothing to enumerate.
    // ok: information-disclosure
    return NextResponse.json({ error: "User not found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json(user);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const DELETE = withSession(async (_request, { session }) => {
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  await logSecurityEvent({ action: "account.deleted", userId: session.user.id });
  return new NextResponse(null, { status: 204 });
});
