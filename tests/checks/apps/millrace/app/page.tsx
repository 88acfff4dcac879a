import Link from "next/link";
import { machineCatalogue } from "@/app/actions/machines";
import { upcomingEvents } from "@/app/actions/events";

export default async function Home() {
  const [machines, events] = await Promise.all([machineCatalogue(), upcomingEvents()]);
  return (
    <main>
      <h1>Millrace Makerspace</h1>
      <ul>{machines.map((m) => <li key={m.slug}><Link href={`/machines/${m.slug}`}>{m.name}</Link></li>)}</ul>
      <ul>{events.map((e) => <li key={e.id}>{e.title}</li>)}</ul>
    </main>
  );
}
