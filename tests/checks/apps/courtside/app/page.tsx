import Link from "next/link";
import { sql } from "@/lib/sql";

export const revalidate = 300;

export default async function Home() {
  const leagues = await sql<{ id: string; name: string }[]>`SELECT id, name FROM leagues WHERE status = 'active' ORDER BY name`;
  return (
    <main>
      <h1>Courtside</h1>
      <ul>
        {leagues.map((l) => (
          <li key={l.id}><Link href={`/standings/${l.id}`}>{l.name}</Link></li>
        ))}
      </ul>
    </main>
  );
}
