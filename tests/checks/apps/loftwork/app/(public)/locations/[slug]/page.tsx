import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { formatCents } from "@/lib/utils";
import { listRoomsForLocation } from "@/app/actions/rooms";

export default async function LocationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const loc = await db.selectFrom("locations").select(["id", "name", "city", "address"]).where("slug", "=", slug).where("is_public", "=", 1).executeTakeFirst();
  if (!loc) notFound();
  const rooms = await listRoomsForLocation(loc.id);
  return (
    <main className="mx-auto max-w-4xl p-8 space-y-6">
      <h1 className="text-3xl font-semibold">{loc.name}</h1>
      <p>{loc.address}, {loc.city}</p>
      <h2 className="text-xl">Meeting rooms</h2>
      <ul>
        {rooms.map((r) => (
          <li key={r.id}>{r.name} — {r.capacity} people — {formatCents(r.hourly_cents)}/h</li>
        ))}
      </ul>
    </main>
  );
}
