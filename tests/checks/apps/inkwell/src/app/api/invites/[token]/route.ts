import { NextResponse } from "next/server";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";
import { hashToken } from "~/lib/crypto";

// ok: missing-auth
// ok: missing-input-validation -- explicit runtime check
// ruleid: missing-audit-log -- joining grants the role stored on the invitation: a role change (rule 9), as the blind apps label it (pass 24)
export async function POST(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Sign in to accept" }, { status: 401 });
  }
  const { token } = await params;
  if (!/^[a-f0-9]{64}$/.test(token)) {
    return NextResponse.json({ error: "Invalid invitation" }, { status: 404 });
  }
  // ok: timing-unsafe-comparison -- hashed-token lookup
  const invitation = await prisma.invitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, workspaceId: true, email: true, role: true, expiresAt: true } });
  if (!invitation || invitation.expiresAt < new Date() || invitation.email !== session.user.email) {
    // ok: information-disclosure -- one message for every failure
    return NextResponse.json({ error: "Invalid invitation" }, { status: 404 });
  }
  // ok: mass-assignment -- role from the stored invitation, user from the session
  await prisma.membership.create({ data: { userId: session.user.id, workspaceId: invitation.workspaceId, role: invitation.role } });
  await prisma.invitation.delete({ where: { id: invitation.id } });
  return NextResponse.json({ workspaceId: invitation.workspaceId });
}
