import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { SubscribeButton } from "@/components/SubscribeButton";

export default async function ShowPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const show = await prisma.show.findUnique({
    where: { slug },
    select: { id: true, title: true, description: true, isPremium: true, priceCents: true, hidden: true, episodes: { where: { status: "published", premium: false }, select: { id: true, title: true, publishedAt: true }, orderBy: { publishedAt: "desc" } } },
  });
  if (!show || show.hidden) notFound();
  return (
    <main>
      <h1>{show.title}</h1>
      <p>{show.description}</p>
      {show.isPremium && <SubscribeButton showId={show.id} priceCents={show.priceCents} />}
      <a href={`/api/shows/${slug}/rss`}>RSS</a>
      <ol>{show.episodes.map((e) => <li key={e.id}>{e.title}</li>)}</ol>
    </main>
  );
}
