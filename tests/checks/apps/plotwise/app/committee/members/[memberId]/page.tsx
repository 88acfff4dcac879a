import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { getCurrentSession } from "@/lib/auth/current";
import { auditLog } from "@/lib/audit";
import { RoleSelect } from "@/components/RoleSelect";
import { assignCommitteeRole, suspendMember } from "@/app/actions/committee";

export default async function MemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { memberId } = await params;
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const member = await prisma.user.findUnique({
    where: { id: memberId },
    select: { id: true, name: true, email: true, role: true, suspended: true, phone: true },
  });
  if (!member) notFound();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function reinstate() {
    "use server";
    // ok: floating-auth-check
    const admin = await requireCommitteeRole("COMMITTEE_ADMIN");
    // ok: missing-authorization
    await prisma.user.update({ where: { id: memberId }, data: { suspended: false } });
    await auditLog({ actorId: admin.id, action: "member.reinstate", target: memberId });
    revalidatePath(`/committee/members/${memberId}`);
  }

  // todoruleid: missing-audit-log -- known gap (pass 42, D): committee-role admin operation (treasurer money/fee change, sessions revoked, email force-verified, site deleted) not seen as an admin action
  // ok: missing-auth, missing-input-validation
  async function forceEmailVerified() {
    "use server";
    const { session, user } = await getCurrentSession();
    if (!session || user.role !== "COMMITTEE_ADMIN") throw new Error("Forbidden");
    await prisma.user.update({ where: { id: memberId }, data: { emailVerified: true } });
  }

  // ok: missing-auth, missing-audit-log
  async function addNote(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const admin = await requireCommitteeRole("PLOT_STEWARD");
    const note = z.string().min(1).max(500).parse(formData.get("note"));
    await auditLog({ actorId: admin.id, action: "member.note", target: memberId, meta: { note } });
  }

  return (
    <div>
      <h1>{member.name}</h1>
      <p>{member.email} · {member.phone}</p>
      <RoleSelect memberId={member.id} current={member.role} action={assignCommitteeRole} />
      {member.suspended ? (
        <form action={reinstate}><button>Reinstate</button></form>
      ) : (
        <form action={suspendMember.bind(null, member.id)}><button>Suspend</button></form>
      )}
      <form action={forceEmailVerified}><button>Mark email verified</button></form>
      <form action={addNote}>
        <input name="note" />
        <button>Add note</button>
      </form>
    </div>
  );
}
