import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireRole, isAdmin } from "@/lib/auth/guards";
import { verifySession } from "@/lib/dal";
import { recordAudit } from "@/lib/audit";

export default async function AdminSponsorsPage() {
  await requireRole("ADMIN");
  const sponsors = await prisma.sponsor.findMany({ select: { id: true, name: true, slug: true, contractValueCents: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function setContractValue(formData: FormData) {
    "use server";
    const ctx = await requireRole("ADMIN");
    const { sponsorId, cents } = z.object({ sponsorId: z.string().cuid(), cents: z.coerce.number().int().min(0) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.sponsor.update({ where: { id: sponsorId }, data: { contractValueCents: cents } });
    await recordAudit({ actorId: ctx.userId, action: "admin.contract_value", target: sponsorId, meta: { cents } });
    revalidatePath("/admin/sponsors");
  }

  // ok: missing-auth, missing-input-validation
  async function renameSponsor(formData: FormData) {
    "use server";
    await verifySession();
    const { sponsorId, name } = z.object({ sponsorId: z.string().cuid(), name: z.string().min(2).max(120) }).parse(Object.fromEntries(formData));
    // ruleid: floating-auth-check
    if (!isAdmin()) return;
    // ruleid: missing-authorization
    await prisma.sponsor.update({ where: { id: sponsorId }, data: { name } });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function transferStaff(formData: FormData) {
    "use server";
    await requireRole("ADMIN");
    const { userId, sponsorId } = z.object({ userId: z.string().cuid(), sponsorId: z.string().cuid() }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.staffUser.update({ where: { id: userId }, data: { sponsorId, role: "MONITOR" } });
  }

  return (
    <ul>
      {sponsors.map((s) => (
        <li key={s.id}>
          {s.name}
          <form action={setContractValue}><input type="hidden" name="sponsorId" value={s.id} /><input name="cents" /><button>Save</button></form>
          <form action={renameSponsor}><input type="hidden" name="sponsorId" value={s.id} /><input name="name" /><button>Rename</button></form>
          <form action={transferStaff}><input type="hidden" name="sponsorId" value={s.id} /><input name="userId" /><button>Move staff here</button></form>
        </li>
      ))}
    </ul>
  );
}
