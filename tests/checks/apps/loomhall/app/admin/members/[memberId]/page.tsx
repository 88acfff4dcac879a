import { z } from "zod";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireAdmin } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

export default async function MemberAdminPage({ params }: { params: Promise<{ memberId: string }> }) {
  await requireAdmin();
  const { memberId } = await params;
  const member = await prisma.user.findUnique({ where: { id: memberId }, select: { id: true, email: true, name: true, role: true, mfaEnabled: true, suspendedAt: true } });
  if (!member) notFound();

  // ok: missing-auth, missing-audit-log
  async function unsuspend() {
    "use server";
    const admin = await requireAdmin();
    // ok: missing-authorization
    await prisma.user.update({ where: { id: memberId }, data: { suspendedAt: null }, select: { id: true } });
    await auditLog({ actorId: admin.userId, action: "member.suspended", target: memberId, meta: { undo: true } });
  }

  // ruleid: missing-auth
  // ruleid: missing-audit-log
  async function deleteThisMember() {
    "use server";
    // the page already checked requireAdmin() above
    await prisma.user.delete({ where: { id: memberId } });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function setEmail(formData: FormData) {
    "use server";
    await requireAdmin();
    const email = z.string().email().parse(formData.get("email"));
    // ok: missing-authorization
    await prisma.user.update({ where: { id: memberId }, data: { email }, select: { id: true } });
  }

  return (
    <main>
      <h1>{member.name ?? member.email}</h1>
      <p>Role: {member.role} · 2FA: {member.mfaEnabled ? "on" : "off"}</p>
      {member.suspendedAt && (
        <form action={unsuspend}>
          <button>Lift suspension</button>
        </form>
      )}
      <form action={setEmail}>
        <input name="email" defaultValue={member.email} />
        <button>Change email</button>
      </form>
      <form action={deleteThisMember}>
        <button>Delete member</button>
      </form>
    </main>
  );
}
