import Link from "next/link";
import { sql } from "@/lib/db";
import { requireUser } from "@/lib/dal";

export default async function BuildingsPage() {
  const user = await requireUser();
  // ok: sql-injection
  const buildings = await sql<{ id: string; name: string; role: string }[]>`
    select b.id, b.name, m.role from memberships m join buildings b on b.id = m.building_id
     where m.user_id = ${user.id} and m.revoked_at is null order by b.name
  `;
  if (buildings.length === 0) return <p>You are not a member of any building yet. Ask your association for an invite.</p>;
  return (
    <ul>
      {buildings.map((b) => (
        <li key={b.id}>
          <Link href={`/b/${b.id}`}>{b.name}</Link> <small>({b.role})</small>
        </li>
      ))}
    </ul>
  );
}
