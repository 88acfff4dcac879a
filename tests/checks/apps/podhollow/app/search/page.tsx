import * as v from "valibot";
import { searchEpisodes } from "@/lib/search";
import { SearchSchema } from "@/lib/validators";

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string; sort?: string }> }) {
  const sp = await searchParams;
  const parsed = v.safeParse(SearchSchema, { q: sp.q ?? "", sort: sp.sort });
  const results = parsed.success && parsed.output.q ? await searchEpisodes(parsed.output.q, parsed.output.sort) : [];
  return (
    <main>
      <h1>Search</h1>
      <ul>{results.map((r) => <li key={r.id}>{r.title} — {r.showSlug}</li>)}</ul>
    </main>
  );
}
