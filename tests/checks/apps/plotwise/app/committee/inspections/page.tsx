import { prisma } from "@/lib/db";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { deleteInspection } from "@/app/actions/inspections";
import { ConfirmButton } from "@/components/ConfirmButton";

export default async function CommitteeInspectionsPage() {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const rows = await prisma.inspection.findMany({
    select: { id: true, score: true, condition: true, appealText: true, plot: { select: { code: true } } },
    where: { appealText: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.id}>
          {r.plot.code}: {r.condition} ({r.score}) — appeal: {r.appealText}
          <ConfirmButton action={deleteInspection.bind(null, r.id)} label="Uphold appeal (delete)" />
        </li>
      ))}
    </ul>
  );
}
