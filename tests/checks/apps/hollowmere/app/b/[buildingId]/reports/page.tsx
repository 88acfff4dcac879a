import { notFound } from "next/navigation";
import { getMembership, requireUser } from "@/lib/dal";
import { getTicketAgeReport } from "@/app/actions/reports";

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ buildingId: string }>;
  searchParams: Promise<{ sort?: string }>;
}) {
  const { buildingId } = await params;
  const { sort } = await searchParams;
  const user = await requireUser();
  const m = await getMembership(user.id, buildingId);
  if (m?.role !== "manager") notFound();
  const rows = await getTicketAgeReport(buildingId, { sort: sort ?? "created", desc: true });
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r.id)}>
            <td>{String(r.title)}</td>
            <td>{String(r.status)}</td>
            <td>{r.age}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
