import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireAdmin } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

export default async function AdminHome() {
  await requireAdmin();
  const stats = await prisma.user.groupBy({ by: ["platformRole"], _count: true });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function suspendOrg(formData: FormData) {
    "use server";
    const admin = await requireAdmin();
    const orgId = z.string().cuid().parse(formData.get("orgId"));
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: orgId }, data: { plan: "suspended" } });
    await auditLog({ actorId: admin.id, action: "admin.org_suspended", target: orgId });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  // ruleid: missing-audit-log -- (todoruleid until pass 29) a bulk purge declared past the admin page's gate
  async function purgeOrgJobs(formData: FormData) {
    "use server";
    const orgId = z.string().cuid().parse(formData.get("orgId"));
    await prisma.job.deleteMany({ where: { orgId } });
  }

  return (
    <div>
      <pre>{JSON.stringify(stats)}</pre>
      <form action={suspendOrg}><input name="orgId" /><button>Suspend</button></form>
      <form action={purgeOrgJobs}><input name="orgId" /><button>Purge jobs</button></form>
    </div>
  );
}
