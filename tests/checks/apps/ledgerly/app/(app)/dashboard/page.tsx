import { verifySession } from "@/lib/dal";
import { outstandingByCurrency, revenueByMonth } from "@/lib/repos/reports";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const session = await verifySession();
  const { year } = await searchParams;
  const selectedYear = year && /^\d{4}$/.test(year) ? year : String(new Date().getFullYear());
  const [revenue, outstanding] = await Promise.all([revenueByMonth(session.orgId, selectedYear), outstandingByCurrency(session.orgId)]);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <section>
        <h2 className="font-medium">Outstanding</h2>
        <ul>
          {outstanding.map((o) => (
            <li key={o.currency}>
              {o.currency} {(Number(o.outstanding) / 100).toFixed(2)}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="font-medium">Revenue {selectedYear}</h2>
        <ol>
          {revenue.map((r) => (
            <li key={r.month}>
              {new Date(r.month).toLocaleString("en", { month: "short" })}: {(Number(r.total) / 100).toFixed(2)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
