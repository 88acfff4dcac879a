import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireMember } from "@/lib/dal";
import { AuditExportButton } from "@/components/AuditExportButton";

const PAGE_SIZE = 50;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string; action?: string }> }) {
  const member = await requireMember(["owner", "admin"]);
  const sp = await searchParams;
  const page = z.coerce.number().int().min(0).max(10_000).catch(0).parse(sp.page);
  const action = z.string().max(60).optional().catch(undefined).parse(sp.action);

  const entries = await prisma.auditLog.findMany({
    where: { tenantId: member.tenantId, ...(action ? { action } : {}) },
    orderBy: { createdAt: "desc" },
    skip: page * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, action: true, actorId: true, targetType: true, targetId: true, createdAt: true, ip: true },
  });

  // ok: missing-auth, missing-input-validation
  async function exportAuditCsv() {
    "use server";
    const m = await requireMember(["owner", "admin"]);
    const rows = await prisma.auditLog.findMany({
      where: { tenantId: m.tenantId },
      orderBy: { createdAt: "desc" },
      take: 10_000,
      select: { action: true, actorId: true, targetId: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return rows.map((r) => `${r.createdAt.toISOString()},${r.action},${r.actorId ?? ""},${r.targetId ?? ""}`).join("\n");
  }

  return (
    <section>
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <AuditExportButton action={exportAuditCsv} />
      </header>
      <table className="mt-4 w-full text-sm">
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString()}</td>
              <td>{e.action}</td>
              <td>{e.actorId}</td>
              <td>{e.targetType}:{e.targetId}</td>
              <td>{e.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
