import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/crypto";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, tenantId: true, email: true, role: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) notFound();
  const tenant = await prisma.tenant.findUnique({ where: { id: invite.tenantId }, select: { name: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function acceptInvite() {
    "use server";
    const session = await verifySession();
    await prisma.membership.upsert({
      where: { userId_tenantId: { userId: session.userId, tenantId: invite!.tenantId } },
      // ok: mass-assignment
      create: { userId: session.userId, tenantId: invite!.tenantId, role: invite!.role },
      update: { role: invite!.role },
    });
    await prisma.invite.update({ where: { id: invite!.id }, data: { acceptedAt: new Date() } });
    after(() =>
      auditLog({ tenantId: invite!.tenantId, actorId: session.userId, action: "invite.accepted", meta: { role: invite!.role } }),
    );
    redirect("/projects");
  }

  return (
    <main className="mx-auto max-w-md py-16">
      <h1 className="text-2xl font-semibold">Join {tenant?.name} on Sitecrew</h1>
      <p className="mt-2 text-sm text-zinc-600">Invited as {invite.role.toLowerCase().replace("_", " ")} ({invite.email}).</p>
      <form action={acceptInvite} className="mt-6">
        <button className="btn-primary w-full">Accept invitation</button>
      </form>
    </main>
  );
}
