import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { subscribeNewsletter } from "@/app/(public)/newsletter/actions";

export default async function Home() {
  const trips = await prisma.trip.findMany({ where: { published: true }, select: { id: true, title: true, kind: true }, take: 6, orderBy: { startsAt: "asc" } });
  return (
    <main>
      <h1>Guided hikes &amp; kayak trips</h1>
      <ul>{trips.map((t) => <li key={t.id}><Link href={`/trips/${t.id}`}>{t.title}</Link> ({t.kind})</li>)}</ul>
      <form action={subscribeNewsletter as unknown as (fd: FormData) => Promise<void>}>
        <input name="email" type="email" placeholder="you@example.com" />
        <button>Get trip news</button>
      </form>
    </main>
  );
}
