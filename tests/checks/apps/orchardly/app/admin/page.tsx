import { sql } from "@vercel/postgres";

export default async function AdminHome() {
  const { rows } = await sql`SELECT (SELECT COUNT(*) FROM farms)::int AS farms, (SELECT COUNT(*) FROM members)::int AS members, (SELECT COUNT(*) FROM waitlist)::int AS waiting`;
  const s = rows[0];
  return (
    <main className="grid grid-cols-3 gap-4 p-6">
      <div className="card">Farms: {s.farms}</div>
      <div className="card">Members: {s.members}</div>
      <div className="card">Waiting list: {s.waiting}</div>
    </main>
  );
}
