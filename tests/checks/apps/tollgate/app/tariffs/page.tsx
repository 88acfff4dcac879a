import { searchTariffs } from "@/lib/search";

export default async function TariffsPage({ searchParams }: { searchParams: Promise<{ q?: string; sort?: string }> }) {
  const { q, sort } = await searchParams;
  const rows = q ? await searchTariffs(q.slice(0, 100), sort ?? null) : [];
  return (
    <main>
      <form><input name="q" defaultValue={q} /><button>Search</button></form>
      <ul>{rows.map((r) => <li key={r.hs_code}>{r.hs_code} {r.description} {r.duty_rate}%</li>)}</ul>
    </main>
  );
}
