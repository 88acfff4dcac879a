import { notFound } from "next/navigation";
import { sql } from "@vercel/postgres";

// Public author page.
export default async function PublicAuthorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // ok: sql-injection
  const { rows } = await sql`SELECT name, bio, photo_url FROM public_authors WHERE slug = ${slug} AND published = true`;
  if (!rows[0]) notFound();
  return (
    <article>
      <h1>{rows[0].name}</h1>
      <p>{rows[0].bio}</p>
    </article>
  );
}
