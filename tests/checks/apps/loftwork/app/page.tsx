import Link from "next/link";
import { db } from "@/lib/db";
import { NewsletterForm } from "@/components/newsletter-form";

export default async function HomePage() {
  const locations = await db.selectFrom("locations").select(["slug", "name", "city"]).where("is_public", "=", 1).execute();
  return (
    <main className="mx-auto max-w-5xl p-8 space-y-10">
      <h1 className="text-4xl font-bold">Work somewhere you like.</h1>
      <ul className="grid grid-cols-2 gap-4">
        {locations.map((l) => (
          <li key={l.slug}>
            <Link href={`/locations/${l.slug}`} className="card block">{l.name} · {l.city}</Link>
          </li>
        ))}
      </ul>
      <div className="flex gap-4">
        <Link href="/tour" className="btn-primary">Book a tour</Link>
        <Link href="/pricing" className="btn-secondary">Pricing</Link>
      </div>
      <NewsletterForm />
    </main>
  );
}
