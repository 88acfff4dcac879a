import Link from "next/link";
import { NewsletterForm } from "@/components/NewsletterForm";
import { prisma } from "@/lib/db/prisma";

export const revalidate = 600;

export default async function Home() {
  const workshops = await prisma.workshop.findMany({ where: { published: true }, select: { id: true, title: true }, take: 6, orderBy: { startsAt: "asc" } });
  return (
    <main>
      <h1>Loomhall</h1>
      <p>A co-operative of ceramicists, weavers, printmakers and woodworkers.</p>
      <ul>
        {workshops.map((w) => (
          <li key={w.id}>
            <Link href={`/workshops/${w.id}`}>{w.title}</Link>
          </li>
        ))}
      </ul>
      <NewsletterForm />
    </main>
  );
}
