import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sha256 } from "@/lib/secure-compare";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, email: true, role: true, municipalityId: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) notFound();

  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function acceptInvite(inviteId: string, formData: FormData) {
    "use server";
    const session = await verifySession();
    const id = z.string().cuid().parse(inviteId);
    const department = z.string().max(80).optional().parse(formData.get("department") ?? undefined);
    const pending = await prisma.invite.findFirst({
      where: { id, email: session.email, acceptedAt: null },
      select: { id: true, role: true, municipalityId: true },
    });
    if (!pending) throw new Error("Invite not found");
    await prisma.membership.create({
      // ok: mass-assignment
      data: { userId: session.userId, municipalityId: pending.municipalityId, role: pending.role, department },
    });
    await prisma.invite.update({ where: { id: pending.id }, data: { acceptedAt: new Date() } });
    redirect("/staff");
  }

  return (
    <form action={acceptInvite.bind(null, invite.id)} className="mx-auto max-w-md space-y-4">
      <h1 className="text-xl font-semibold">Join as {invite.role.replace("_", " ").toLowerCase()}</h1>
      <label className="block">
        Department
        <input name="department" className="input" />
      </label>
      <button type="submit" className="btn-primary">Accept invitation</button>
    </form>
  );
}
