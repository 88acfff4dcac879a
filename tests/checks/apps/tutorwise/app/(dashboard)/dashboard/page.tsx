import { verifySession } from "@/lib/dal";
import { listUpcoming } from "@/lib/data/lessons";
import Link from "next/link";

export default async function Dashboard() {
  const { userId } = await verifySession();
  const lessons = await listUpcoming(userId);
  return (
    <main>
      <h1>Upcoming lessons</h1>
      <ul>{lessons.map((l) => <li key={l.id}><Link href={`/lessons/${l.id}`}>{l.title}</Link> – {l.startsAt.toLocaleString()}</li>)}</ul>
    </main>
  );
}
