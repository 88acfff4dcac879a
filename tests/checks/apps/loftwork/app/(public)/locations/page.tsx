import Link from "next/link";
import { db } from "@/lib/db";

export const revalidate = 600;

export default async function LocationsPage() {
  const locations = await db.selectFrom("locations").select(["slug", "name", "city", "address"]).where("is_public", "=", 1).orderBy("city").execute();
  return (
    <main className="mx-auto max-w-4xl p-8">
      <h1 className="text-3xl font-semibold mb-6">Our locations</h1>
      {locations.map((l) => (
        <Link key={l.slug} href={`/locations/${l.slug}`} className="card block mb-3">
          <h2 className="font-medium">{l.name}</h2>
          <p className="text-sm text-gray-500">{l.address}, {l.city}</p>
        </Link>
      ))}
    </main>
  );
}
