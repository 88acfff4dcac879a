import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { requireHarbourmaster } from "@/lib/guards";
import { getMembership } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function MarinaSettingsPage({ params }: { params: Promise<{ marinaId: string }> }) {
  const { marinaId } = await params;
  const { role } = await getMembership(marinaId);
  const marina = await prisma.marina.findUnique({ where: { id: marinaId }, select: { name: true, vhfChannel: true } });

  // ok: missing-auth, missing-input-validation
  async function renameMarina(formData: FormData) {
    "use server";
    const { userId } = await requireHarbourmaster(marinaId);
    const name = z.string().min(2).max(80).parse(formData.get("name"));
    // ok: missing-authorization
    await prisma.marina.update({ where: { id: marinaId }, data: { name } });
    await auditLog({ actorId: userId, action: "marina.rename", target: marinaId });
    revalidatePath(`/marinas/${marinaId}/settings`);
  }

  // ruleid: missing-auth, missing-audit-log
  async function archiveMarina() {
    "use server";
    await prisma.marina.update({ where: { id: marinaId }, data: { isPublic: false } });
    await prisma.marinaMember.deleteMany({ where: { marinaId, role: { not: "MANAGER" } } });
    redirect("/marinas");
  }

  return (
    <div>
      <h1>{marina?.name}</h1>
      <form action={renameMarina}>
        <input name="name" defaultValue={marina?.name} />
        <button>Rename</button>
      </form>
      {role === "MANAGER" && (
        <form action={archiveMarina}>
          <button>Archive marina</button>
        </form>
      )}
    </div>
  );
}
