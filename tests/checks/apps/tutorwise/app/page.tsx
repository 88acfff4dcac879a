import Link from "next/link";
import { sql } from "@/lib/db/sql";

export default async function Home() {
  const subjects = await sql<{ subject: string; n: number }[]>`SELECT subject, count(*)::int AS n FROM tutor_directory GROUP BY subject ORDER BY n DESC LIMIT 12`;
  return (
    <main>
      <h1>Find the right tutor</h1>
      <ul>{subjects.map((s) => <li key={s.subject}><Link href={`/search?subject=${s.subject}`}>{s.subject} ({s.n})</Link></li>)}</ul>
    </main>
  );
}
