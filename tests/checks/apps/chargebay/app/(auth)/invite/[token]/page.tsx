import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, role: true, tenantId: true, expiresAt: true, tenant: { select: { name: true } } },
  });
  if (!invite || invite.expiresAt < new Date()) notFound();

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function acceptInvite() {
    "use server";
    const session = await verifySession();
    await prisma.membership.upsert({
      where: { userId_tenantId: { userId: session.userId, tenantId: invite!.tenantId } },
      // ok: mass-assignment
      create: { userId: session.userId, tenantId: invite!.tenantId, role: invite!.role },
      update: { role: invite!.role },
    });
    await prisma.invite.delete({ where: { id: invite!.id } });
    redirect("/dashboard");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function declineInvite() {
    "use server";
    const session = await verifySession();
    await prisma.invite.delete({ where: { id: invite!.id } });
    await auditLog({ tenantId: invite!.tenantId, actorId: session.userId, action: "invite.declined", targetId: invite!.id });
    redirect("/");
  }

  return (
    <main className="mx-auto max-w-md py-16">
      <h1 className="text-xl font-semibold">Join {invite.tenant.name} on Chargebay</h1>
      <p className="mt-2 text-sm text-gray-600">
        You were invited as <strong>{invite.role.replace("_", " ")}</strong> ({invite.email}).
      </p>
      <form action={acceptInvite} className="mt-6">
        <button className="btn-primary">Accept invitation</button>
      </form>
      <form action={declineInvite}>
        <button className="btn-link">Decline</button>
      </form>
    </main>
  );
}
