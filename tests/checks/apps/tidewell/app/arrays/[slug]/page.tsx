import { sql } from "@vercel/postgres";
import { notFound } from "next/navigation";

export default async function PublicArrayPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { rows } = await sql`SELECT name, capacity_kw, total_shares FROM solar_arrays WHERE is_public = true AND slug = ${slug}`;
  if (!rows[0]) notFound();
  return (
    <main>
      <h1>{rows[0].name}</h1>
      <p>{rows[0].capacity_kw} kW, {rows[0].total_shares} shares</p>
    </main>
  );
}
