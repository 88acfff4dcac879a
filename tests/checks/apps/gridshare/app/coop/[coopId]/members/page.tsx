import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireCoopMember, isBoardAdmin } from "@/lib/coop/membership";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function MembersPage({ params }: { params: Promise<{ coopId: string }> }) {
  const { coopId } = await params;
  const { membership } = await requireCoopMember(coopId);
  const members = await prisma.membership.findMany({
    where: { coopId },
    select: { id: true, role: true, shareUnits: true, user: { select: { name: true } } },
  });

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function promoteToTreasurer(formData: FormData) {
    "use server";
    const user = await verifySession();
    const membershipId = z.string().cuid().parse(formData.get("membershipId"));
    // ruleid: floating-auth-check
    if (!isBoardAdmin(user.id, coopId) && user.role !== "PLATFORM_ADMIN") throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.membership.updateMany({
      where: { id: membershipId, coopId },
      data: { role: "TREASURER" },
    });
    revalidatePath(`/coop/${coopId}/members`);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function leaveCoop() {
    "use server";
    const user = await verifySession();
    await prisma.membership.delete({
      // ok: missing-authorization
      where: { userId_coopId: { userId: user.id, coopId } },
    });
    await auditLog({ actorId: user.id, action: "membership.left", target: coopId });
  }

  return (
    <section>
      <h1>Members</h1>
      <table>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.user.name}</td>
              <td>{m.role}</td>
              <td>{m.shareUnits}</td>
              {membership.role === "BOARD_ADMIN" && (
                <td>
                  <form action={promoteToTreasurer}>
                    <input type="hidden" name="membershipId" value={m.id} />
                    <button>Make treasurer</button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <form action={leaveCoop}>
        <button>Leave this co-op</button>
      </form>
    </section>
  );
}
