import { sql } from "@/lib/db";

export default async function BuildingHome({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  // ok: sql-injection
  const [stats] = await sql<{ open: number; polls: number }[]>`
    select (select count(*)::int from tickets where building_id = ${buildingId} and status <> 'closed') as open,
           (select count(*)::int from polls where building_id = ${buildingId} and not closed) as polls
  `;
  return (
    <section>
      <h1>Overview</h1>
      <p>{stats.open} open repair tickets · {stats.polls} active polls</p>
    </section>
  );
}
