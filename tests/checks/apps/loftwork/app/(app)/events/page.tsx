import Link from "next/link";
import { db } from "@/lib/db";

export default async function EventsPage() {
  const events = await db
    .selectFrom("events")
    .innerJoin("locations", "locations.id", "events.location_id")
    .select(["events.id", "events.title", "events.starts_at", "locations.name as location"])
    .where("events.published", "=", 1)
    .where("events.starts_at", ">", new Date())
    .orderBy("events.starts_at")
    .execute();
  return (
    <div>
      <h1 className="text-2xl font-semibold mb-4">Community events</h1>
      {events.map((e) => (
        <Link key={e.id} href={`/events/${e.id}`} className="card block mb-2">
          <strong>{e.title}</strong> · {e.location} · {new Date(e.starts_at).toLocaleDateString()}
        </Link>
      ))}
    </div>
  );
}
