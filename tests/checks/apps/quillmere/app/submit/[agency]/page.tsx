import { notFound } from "next/navigation";
import { sql } from "@vercel/postgres";
import { QueryForm } from "@/components/QueryForm";

// Public submissions form.
export default async function SubmitPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency } = await params;
  // ok: sql-injection
  const { rows } = await sql`SELECT name, guidelines FROM agency_pages WHERE slug = ${agency} AND open_for_queries = true`;
  if (!rows[0]) notFound();
  return (
    <main>
      <h1>Query {rows[0].name}</h1>
      <p>{rows[0].guidelines}</p>
      <QueryForm agencySlug={agency} />
    </main>
  );
}
