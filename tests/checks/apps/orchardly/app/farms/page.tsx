import Link from "next/link";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms } from "@/db/schema";

export const revalidate = 600;

export default async function FarmsPage() {
  const rows = await db.select({ name: farms.name, slug: farms.slug, description: farms.description }).from(farms).where(eq(farms.isPublic, true));
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="mb-6 text-3xl font-bold">Farms</h1>
      <ul className="space-y-4">
        {rows.map((f) => (
          <li key={f.slug}><Link href={`/farms/${f.slug}`} className="font-semibold">{f.name}</Link><p className="text-sm">{f.description}</p></li>
        ))}
      </ul>
    </main>
  );
}
