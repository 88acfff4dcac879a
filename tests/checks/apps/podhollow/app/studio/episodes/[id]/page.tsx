import { notFound, redirect } from "next/navigation";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { canEditShow } from "@/lib/auth/network";

export default async function EpisodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const ep = await prisma.episode.findFirst({
    where: { id, show: { network: { memberships: { some: { userId: session.user.id } } } } },
    select: { id: true, title: true, status: true, showId: true, notes: true },
  });
  if (!ep) notFound();

  // ok: missing-auth, missing-input-validation
  async function publishNow(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) redirect("/login");
    const { episodeId } = v.parse(v.object({ episodeId: v.string() }), { episodeId: formData.get("episodeId") });
    const target = await prisma.episode.findUnique({ where: { id: episodeId }, select: { showId: true } });
    // ok: floating-auth-check
    if (!target || !(await canEditShow(s.user.id, target.showId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.episode.update({ where: { id: episodeId }, data: { status: "published", publishedAt: new Date() } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function unpublish() {
    "use server";
    await prisma.episode.update({ where: { id: ep!.id }, data: { status: "draft", publishedAt: null } });
  }

  return (
    <article>
      <h1>{ep.title}</h1>
      <p>Status: {ep.status}</p>
      <form action={publishNow}>
        <input type="hidden" name="episodeId" value={ep.id} />
        <button>Publish now</button>
      </form>
      <form action={unpublish}>
        <button>Unpublish</button>
      </form>
    </article>
  );
}
