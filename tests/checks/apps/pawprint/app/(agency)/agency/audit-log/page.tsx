import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { notFound } from "next/navigation";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const session = await verifySession();
  const membership = await prisma.membership.findFirst({
    where: { userId: session.userId, active: true, role: { in: ["owner", "admin"] } },
    select: { agencyId: true },
  });
  if (!membership) notFound();
  const page = Math.max(0, Number((await searchParams).page ?? 0) || 0);
  const entries = await prisma.auditLog.findMany({
    where: { agencyId: membership.agencyId },
    orderBy: { createdAt: "desc" },
    skip: page * 50,
    take: 50,
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
  });
  return (
    <table>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{e.createdAt.toISOString()}</td>
            <td>{e.actorId}</td>
            <td>{e.action}</td>
            <td>{e.target}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
