import Link from "next/link";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { CatalogueSearch } from "@/components/catalogue-search";

export const revalidate = 300;

export default async function CataloguePage() {
  const { data: classes } = await supabaseAdmin
    .from("public_classes")
    .select("id, title, slug, studio_name, city, price_cents, starts_at")
    .eq("published", true)
    .order("starts_at")
    .limit(60);
  return (
    <main>
      <h1>Pottery classes near you</h1>
      <CatalogueSearch />
      <ul>
        {(classes ?? []).map((c) => (
          <li key={c.id}>
            <Link href={`/catalogue/${c.slug}`}>{c.title}</Link> — {c.studio_name}, {c.city}
          </li>
        ))}
      </ul>
    </main>
  );
}
