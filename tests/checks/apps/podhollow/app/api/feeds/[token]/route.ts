import { prisma } from "@/lib/db/prisma";
import { renderFeed } from "@/lib/rss";
import { presignDownload } from "@/lib/s3";
import { hashToken } from "@/lib/secure-compare";

// Premium feed: the per-listener token in the URL is the credential (podcast apps can't do cookies).
// the ?l= listener id reaches the DB unchecked; missing-auth left unlabelled (legacy path compares the token with !==)
// todoruleid: missing-input-validation -- known gap (pass 38, F): pass-21 policy row, a search param into an ORM filter
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (typeof token !== "string" || token.length < 20 || token.length > 64) return new Response("Not found", { status: 404 });
  const url = new URL(req.url);
  const legacyListener = url.searchParams.get("l");
  let showId: string | null = null;
  if (legacyListener) {
    // feeds minted before tokens were hashed carry ?l=<listenerId>
    const legacy = await prisma.feedToken.findFirst({ where: { listenerId: legacyListener, revokedAt: null, token: { not: null } }, select: { token: true, showId: true } });
    // ruleid: timing-unsafe-comparison
    if (!legacy || legacy.token !== token) return new Response("Not found", { status: 404 });
    showId = legacy.showId;
  } else {
    // ok: timing-unsafe-comparison
    const ft = await prisma.feedToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { showId: true, revokedAt: true } });
    if (!ft || ft.revokedAt) return new Response("Not found", { status: 404 });
    showId = ft.showId;
  }
  const show = await prisma.show.findUnique({ where: { id: showId }, select: { title: true, description: true, slug: true } });
  const eps = await prisma.episode.findMany({ where: { showId, status: "published" }, select: { id: true, title: true, notes: true, audioKey: true, publishedAt: true }, orderBy: { publishedAt: "desc" } });
  const items = await Promise.all(eps.map(async (e) => ({ ...e, audioUrl: e.audioKey ? await presignDownload(e.audioKey) : "" })));
  // ok: excessive-data-exposure
  return new Response(renderFeed(show!, items), { headers: { "content-type": "application/rss+xml" } });
}
