import { myHardshipApplications } from "@/app/actions/hardship";
import { HardshipForm } from "@/components/HardshipForm";

export default async function HardshipPage({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  const apps = await myHardshipApplications();
  return (
    <section className="space-y-4">
      <h1>Hardship fund</h1>
      <p>Applications are reviewed confidentially by two association officers.</p>
      <HardshipForm buildingId={buildingId} />
      <ul>
        {apps.map((a) => (
          <li key={a.id}>{a.status} — requested ${(a.amount_cents / 100).toFixed(2)}</li>
        ))}
      </ul>
    </section>
  );
}
