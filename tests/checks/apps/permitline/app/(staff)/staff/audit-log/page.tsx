import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ action?: string; actor?: string }> }) {
  const staff = await requireStaff(["OWNER", "AUDITOR"]);
  const sp = await searchParams;
  const entries = await prisma.auditLog.findMany({
    where: { municipalityId: staff.municipalityId, action: sp.action ? { startsWith: sp.action } : undefined, actorId: sp.actor },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
  });

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function exportAuditCsv(formData: FormData) {
    "use server";
    const me = await requireStaff(["OWNER", "AUDITOR"]);
    const since = String(formData.get("since") ?? "");
    const prefix = String(formData.get("prefix") ?? "");
    // ruleid: sql-injection
    const { rows } = await pool.query(
      "SELECT id, action, actor_id, target, created_at FROM audit_logs WHERE municipality_id = $1 AND created_at >= '" + since + "' AND action LIKE $2",
      [me.municipalityId, `${prefix}%`],
    );
    const csv = rows.map((r) => [r.id, r.action, r.actor_id, r.target, r.created_at.toISOString()].join(",")).join("\n");
    redirect(`/staff/audit-log/download?blob=${encodeURIComponent(Buffer.from(csv).toString("base64"))}`);
  }

  return (
    <div>
      <form action={exportAuditCsv}>
        <input type="date" name="since" />
        <input name="prefix" placeholder="permit." />
        <button>Export CSV</button>
      </form>
      <table>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString()}</td>
              <td>{e.action}</td>
              <td>{e.actorId}</td>
              <td>{e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
