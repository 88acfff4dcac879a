import Link from "next/link";
import { prisma } from "@/lib/db/prisma";

export default async function Home() {
  const gardens = await prisma.garden.findMany({ where: { isPublic: true }, select: { slug: true, name: true }, take: 12 });
  return (
    <main>
      <h1>Fernbank</h1>
      <ul>{gardens.map((g) => <li key={g.slug}><Link href={`/gardens/${g.slug}`}>{g.name}</Link></li>)}</ul>
      <Link href="/sign-in">Sign in</Link>
    </main>
  );
}
