import { db } from "@/lib/db/drizzle";
import { vessels } from "@/lib/db/schema";
import { ContactForm } from "@/components/contact-form";

export default async function Home() {
  const fleet = await db.select({ id: vessels.id, name: vessels.name }).from(vessels);
  return (
    <main>
      <h1>Saltmarsh Coastal Research Station</h1>
      <ul>{fleet.map((v) => <li key={v.id}>{v.name}</li>)}</ul>
      <ContactForm />
    </main>
  );
}
