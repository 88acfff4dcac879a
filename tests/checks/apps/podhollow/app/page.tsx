import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { SearchBox } from "@/components/SearchBox";

export default async function Home() {
  const featured = await prisma.show.findMany({ where: { hidden: false }, select: { slug: true, title: true }, take: 12, orderBy: { title: "asc" } });
  return (
    <main>
      <h1>Podhollow</h1>
      <SearchBox />
      <ul>{featured.map((s) => <li key={s.slug}><Link href={`/shows/${s.slug}`}>{s.title}</Link></li>)}</ul>
    </main>
  );
}
