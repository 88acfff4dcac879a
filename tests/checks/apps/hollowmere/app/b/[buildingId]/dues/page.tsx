import { myOpenCharges } from "@/app/actions/dues";
import { DuesPayButton } from "@/components/DuesPayButton";

export default async function DuesPage({
  params,
  searchParams,
}: {
  params: Promise<{ buildingId: string }>;
  searchParams: Promise<{ paid?: string }>;
}) {
  const { buildingId } = await params;
  const { paid } = await searchParams;
  const charges = await myOpenCharges();
  return (
    <section>
      <h1>Dues</h1>
      {paid && <p className="success">Thank you — your payment was received.</p>}
      <ul>
        {charges.map((c) => (
          <li key={c.id}>
            {c.period}: ${(Number(c.amount_cents) / 100).toFixed(2)} <DuesPayButton buildingId={buildingId} period={c.period} />
          </li>
        ))}
      </ul>
    </section>
  );
}
