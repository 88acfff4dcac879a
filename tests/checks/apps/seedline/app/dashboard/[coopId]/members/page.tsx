import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { z } from "zod";

export default async function MembersPage({ params }: { params: Promise<{ coopId: string }> }) {
  const { coopId } = await params;
  const { role } = await requireCoopMember(coopId);
  const members = await prisma.member.findMany({
    where: { coopId, status: "ACTIVE" },
    select: { id: true, memberNo: true, fullName: true, phone: true },
    orderBy: { memberNo: "asc" },
  });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function archiveMember(targetCoopId: string, memberId: string) {
    "use server";
    const ctx = await requireCoopMember(targetCoopId, ["OWNER", "ADMIN"]);
    const id = z.string().cuid().parse(memberId);
    await prisma.member.updateMany({ where: { id, coopId: ctx.coopId }, data: { status: "ARCHIVED" } });
    await auditLog({ action: "member.archive", actorId: ctx.userId, coopId: ctx.coopId, target: id });
    revalidatePath(`/dashboard/${ctx.coopId}/members`);
  }

  return (
    <table>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.memberNo}</td>
            <td>{m.fullName}</td>
            <td>{m.phone}</td>
            <td>
              {role === "OWNER" || role === "ADMIN" ? (
                <form action={archiveMember.bind(null, coopId, m.id)}>
                  <button>Archive</button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
