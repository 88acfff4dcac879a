import { after } from "next/server";
import { redirect, notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/crypto";

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await prisma.invite.findUnique({
    where: { token: hashToken(token) },
    select: { id: true, email: true, role: true, firmId: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) notFound();

  // ok: missing-auth, missing-audit-log, missing-input-validation
  async function acceptInvite(rawToken: string) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect(`/sign-in?next=/invite/${encodeURIComponent(rawToken)}`);
    if (typeof rawToken !== "string" || rawToken.length < 20) throw new Error("Bad invite");
    const inv = await prisma.invite.findUnique({
      where: { token: hashToken(rawToken) },
      select: { id: true, email: true, role: true, firmId: true, expiresAt: true, acceptedAt: true },
    });
    if (!inv || inv.acceptedAt || inv.expiresAt < new Date() || inv.email !== session.user.email) {
      throw new Error("This invitation is not valid for your account.");
    }
    await prisma.$transaction([
      prisma.membership.create({
        // ok: mass-assignment
        data: { userId: session.user.id, firmId: inv.firmId, role: inv.role },
      }),
      prisma.invite.update({ where: { id: inv.id }, data: { acceptedAt: new Date() } }),
    ]);
    after(() => auditLog({ firmId: inv.firmId, actorId: session.user.id, action: "member.joined", meta: { role: inv.role } }));
    redirect("/matters");
  }

  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function declineInvite(formData: FormData) {
    "use server";
    const inviteId = formData.get("inviteId") as string;
    await prisma.invite.delete({ where: { id: inviteId } });
    redirect("/");
  }

  return (
    <main className="mx-auto max-w-md py-16">
      <h1 className="text-xl font-semibold">Join your firm on Docketly</h1>
      <p>You were invited as {invite.role.toLowerCase().replace("_", " ")}.</p>
      <form action={acceptInvite.bind(null, token)}>
        <button type="submit">Accept invitation</button>
      </form>
      <form action={declineInvite}>
        <input type="hidden" name="inviteId" value={invite.id} />
        <button type="submit">Decline</button>
      </form>
    </main>
  );
}
