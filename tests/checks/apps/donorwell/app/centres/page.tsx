import Link from "next/link";
import { db } from "@/lib/db/kysely";

export const revalidate = 600;

export default async function CentresPage() {
  const centres = await db.selectFrom("centres").select(["slug", "name", "city"]).orderBy("city").execute();
  return (
    <ul>
      {centres.map((c) => (
        <li key={c.slug}><Link href={`/centres/${c.slug}`}>{c.name}</Link> ({c.city})</li>
      ))}
    </ul>
  );
}
