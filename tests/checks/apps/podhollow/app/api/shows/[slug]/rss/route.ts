import { prisma } from "@/lib/db/prisma";
import { renderFeed } from "@/lib/rss";
import { presignDownload } from "@/lib/s3";

// Public RSS for free shows; premium shows use /api/feeds/[token].
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{3,60}$/.test(slug)) return new Response("Not found", { status: 404 });
  const show = await prisma.show.findUnique({ where: { slug }, select: { id: true, title: true, description: true, slug: true, isPremium: true, hidden: true } });
  if (!show || show.hidden || show.isPremium) return new Response("Not found", { status: 404 });
  const episodes = await prisma.episode.findMany({
    where: { showId: show.id, status: "published", premium: false },
    select: { id: true, title: true, notes: true, audioKey: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 300,
  });
  const items = await Promise.all(episodes.map(async (e) => ({ ...e, audioUrl: e.audioKey ? await presignDownload(e.audioKey) : "" })));
  // ok: excessive-data-exposure
  return new Response(renderFeed(show, items), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
