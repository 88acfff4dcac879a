import { redirect, notFound } from "next/navigation";
import { after } from "next/server";
import { prisma } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, coopId: true, role: true, email: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) notFound();

  // ok: missing-auth, missing-audit-log, missing-input-validation, mass-assignment
  async function acceptInvite(rawToken: string) {
    "use server";
    if (typeof rawToken !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(rawToken)) throw new Error("Bad invite");
    const session = await getOptionalSession();
    if (!session) redirect(`/sign-in?next=/invite/${rawToken}`);
    const pending = await prisma.invite.findUnique({
      where: { tokenHash: hashToken(rawToken) },
      select: { id: true, coopId: true, role: true, email: true, acceptedAt: true },
    });
    if (!pending || pending.acceptedAt || pending.email !== session.email) throw new Error("Invite not valid for this account");
    await prisma.membership.create({ data: { userId: session.userId, coopId: pending.coopId, role: pending.role } });
    await prisma.invite.update({ where: { id: pending.id }, data: { acceptedAt: new Date() } });
    after(() => auditLog({ action: "invite.accepted", actorId: session.userId, coopId: pending.coopId, meta: { role: pending.role } }));
    redirect(`/dashboard/${pending.coopId}`);
  }

  const accept = acceptInvite.bind(null, token);
  return (
    <form action={accept}>
      <p>You have been invited to join as {invite.role.toLowerCase()}.</p>
      <button type="submit">Accept invitation</button>
    </form>
  );
}
