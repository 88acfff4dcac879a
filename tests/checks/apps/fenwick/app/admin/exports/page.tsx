import { requireRole } from "@/lib/dal";
import { getRevenue } from "@/app/actions/billing";
import { ExportButtons } from "@/components/ExportButtons";

export default async function ExportsPage() {
  // ok: floating-auth-check
  await requireRole("admin");
  const year = new Date().getFullYear();
  const revenue = await getRevenue(year);
  const fmt = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
  return (
    <section>
      <h1>Exports & reports</h1>
      <ul>
        {revenue.map((r) => (
          <li key={String(r.month)}>
            {new Date(r.month).toLocaleDateString("en-GB", { month: "long" })}: {fmt.format(Number(r.total) / 100)}
          </li>
        ))}
      </ul>
      <ExportButtons />
      <p>
        <a href={`/api/export-csv?from=${year}-01-01`}>Legacy invoice CSV</a>
      </p>
    </section>
  );
}
