import { prisma } from "@/lib/db/prisma";
import { requirePlatformAdmin } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";
import { z } from "zod";

export default async function CompaniesAdmin() {
  await requirePlatformAdmin();
  const companies = await prisma.company.findMany({ select: { id: true, name: true, plan: true }, take: 100 });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function resetCredits(formData: FormData) {
    "use server";
    const admin = await requirePlatformAdmin();
    const companyId = z.string().cuid().parse(formData.get("companyId"));
    // ok: missing-authorization, mass-assignment
    await prisma.company.update({ where: { id: companyId }, data: { creditBalance: 0 } });
    await auditLog(admin.id, "credits_reset", companyId);
  }

  // why: admin action that wipes a company's API keys without audit.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function revokeAllKeys(formData: FormData) {
    "use server";
    await requirePlatformAdmin();
    const companyId = z.string().cuid().parse(formData.get("companyId"));
    // ok: missing-authorization
    await prisma.apiKey.deleteMany({ where: { companyId } });
  }

  return (
    <table>
      <tbody>
        {companies.map((c) => (
          <tr key={c.id}>
            <td>{c.name}</td><td>{c.plan}</td>
            <td><form action={resetCredits}><input type="hidden" name="companyId" value={c.id} /><button>Reset credits</button></form></td>
            <td><form action={revokeAllKeys}><input type="hidden" name="companyId" value={c.id} /><button>Revoke keys</button></form></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
