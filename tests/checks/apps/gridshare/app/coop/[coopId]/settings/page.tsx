import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireCoopRole } from "@/lib/coop/membership";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function CoopSettingsPage({ params }: { params: Promise<{ coopId: string }> }) {
  const { coopId } = await params;
  await requireCoopRole(coopId, ["BOARD_ADMIN"]);
  const coop = await prisma.coop.findUnique({ where: { id: coopId }, select: { id: true, name: true, smsSenderId: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function renameCoop(formData: FormData) {
    "use server";
    const { name } = z.object({ name: z.string().min(3).max(120) }).parse({ name: formData.get("name") });
    const { user } = await requireCoopRole(coopId, ["BOARD_ADMIN"]);
    // ok: missing-authorization
    await prisma.coop.update({ where: { id: coopId }, data: { name } });
    await auditLog({ actorId: user.id, action: "coop.renamed", target: coopId });
    revalidatePath(`/coop/${coopId}/settings`);
  }

  // The page checked the role at render time; the action itself does not.
  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setSmsSender(formData: FormData) {
    "use server";
    await verifySession();
    // ruleid: missing-authorization
    await prisma.coop.update({ where: { id: String(formData.get("coopId")) }, data: { smsSenderId: String(formData.get("sender")) } });
  }

  return (
    <div className="space-y-8">
      <form action={renameCoop}>
        <input name="name" defaultValue={coop?.name} />
        <button>Rename</button>
      </form>
      <form action={setSmsSender}>
        <input type="hidden" name="coopId" value={coopId} />
        <input name="sender" defaultValue={coop?.smsSenderId ?? ""} />
        <button>Save sender</button>
      </form>
    </div>
  );
}
