import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireMember } from "@/lib/auth/current";

export default async function PlotsPage({ searchParams }: { searchParams: Promise<{ site?: string }> }) {
  await requireMember();
  const { site } = await searchParams;
  const plots = await prisma.plot.findMany({
    where: site ? { site: { name: site } } : undefined,
    select: { id: true, code: true, status: true, sizeSqm: true, site: { select: { name: true } } },
    orderBy: { code: "asc" },
  });
  return (
    <table>
      <tbody>
        {plots.map((p) => (
          <tr key={p.id}>
            <td><Link href={`/plots/${p.id}`}>{p.code}</Link></td>
            <td>{p.site.name}</td>
            <td>{p.sizeSqm} m²</td>
            <td>{p.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
