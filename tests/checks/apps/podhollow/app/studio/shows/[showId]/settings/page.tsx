import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireMembership } from "@/lib/auth/network";
import { verifySession } from "@/lib/auth/session";

export default async function ShowSettingsPage({ params }: { params: Promise<{ showId: string }> }) {
  const { showId } = await params;
  const { userId } = await verifySession();
  const show = await prisma.show.findFirst({
    where: { id: showId, network: { memberships: { some: { userId } } } },
    select: { id: true, title: true, description: true, networkId: true, coverKey: true },
  });
  if (!show) notFound();

  // ok: missing-auth, missing-input-validation
  async function renameShow(formData: FormData) {
    "use server";
    const { title } = z.object({ title: z.string().min(1).max(120) }).parse({ title: formData.get("title") });
    await requireMembership(show!.networkId, ["OWNER", "PRODUCER", "EDITOR"]);
    // ok: missing-authorization
    await prisma.show.update({ where: { id: show!.id }, data: { title } });
    revalidatePath(`/studio/shows/${show!.id}/settings`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function removeCover(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) throw new Error("Not signed in");
    const targetShowId = formData.get("showId") as string;
    // ruleid: missing-authorization
    await prisma.show.update({ where: { id: targetShowId }, data: { coverKey: null } });
    revalidatePath("/studio");
  }

  return (
    <div>
      <h1>{show.title} settings</h1>
      <form action={renameShow}>
        <input name="title" defaultValue={show.title} />
        <button>Save</button>
      </form>
      <form action={removeCover}>
        <input type="hidden" name="showId" value={show.id} />
        <button>Remove cover</button>
      </form>
    </div>
  );
}
