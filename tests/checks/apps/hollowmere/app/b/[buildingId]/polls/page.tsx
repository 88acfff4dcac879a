import Link from "next/link";
import { sql } from "@/lib/db";
import { getMembership, requireUser } from "@/lib/dal";
import { PollComposer } from "@/components/PollComposer";

export default async function PollsPage({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  const user = await requireUser();
  const m = await getMembership(user.id, buildingId);
  // ok: sql-injection
  const polls = await sql<{ id: string; question: string; closed: boolean }[]>`
    select id, question, closed from polls where building_id = ${buildingId} order by closes_at desc
  `;
  return (
    <section>
      <h1>Association polls</h1>
      {(m?.role === "officer" || m?.role === "manager") && <PollComposer buildingId={buildingId} />}
      <ul>
        {polls.map((p) => (
          <li key={p.id}>
            <Link href={`/b/${buildingId}/polls/${p.id}`}>{p.question}</Link> {p.closed ? "(closed)" : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
