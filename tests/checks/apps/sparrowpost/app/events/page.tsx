import { listPublicEvents } from "@/app/actions/events";

export const revalidate = 300;

export default async function EventsPage() {
  const events = await listPublicEvents();
  return (
    <main>
      <h1>What's on at Sparrow Lane Primary</h1>
      <ul>
        {events.map((e) => (
          <li key={e.slug}>
            <a href={`/events/${e.slug}`}>{e.title}</a> — {new Date(e.starts_at).toLocaleDateString("en-GB")}
          </li>
        ))}
      </ul>
    </main>
  );
}
