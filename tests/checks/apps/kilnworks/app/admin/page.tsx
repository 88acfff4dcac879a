import { lt } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db, auditLogs } from "@/lib/db";
import { verifySession } from "@/lib/dal";

export default async function AdminPage() {
  const session = await verifySession();
  if (session.role !== "platform_admin") redirect("/");

  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function purgeAuditLogs(formData: FormData) {
    "use server";
    const me = await verifySession();
    if (me.role !== "platform_admin") throw new Error("Admins only");
    const days = z.coerce.number().int().min(30).max(3650).parse(formData.get("olderThanDays"));
    await db.delete(auditLogs).where(lt(auditLogs.createdAt, new Date(Date.now() - days * 86_400_000)));
  }

  return (
    <main>
      <h1>Platform admin</h1>
      <form action={purgeAuditLogs}>
        <input name="olderThanDays" type="number" defaultValue={365} />
        <button>Purge old audit entries</button>
      </form>
    </main>
  );
}
