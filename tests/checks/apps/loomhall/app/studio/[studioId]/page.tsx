import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isStudioLead } from "@/lib/guards";

export default async function StudioPage({ params }: { params: Promise<{ studioId: string }> }) {
  const { studioId } = await params;
  const session = await verifySession();
  const studio = await prisma.studio.findUnique({ where: { id: studioId }, select: { id: true, name: true, workshops: { select: { id: true, title: true, published: true } } } });
  if (!studio) notFound();

  // ok: missing-auth, missing-input-validation
  async function archiveWorkshop(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const workshopId = z.string().cuid().parse(formData.get("workshopId"));
    if (!(await isStudioLead(userId, studioId))) throw new Error("Leads only");
    // ok: missing-authorization
    await prisma.workshop.updateMany({ where: { id: workshopId, studioId }, data: { published: false } });
    revalidatePath(`/studio/${studioId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function duplicateWorkshop(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    if (!(await isStudioLead(userId, studioId))) throw new Error("Leads only");
    const sourceId = formData.get("workshopId") as string;
    // ok: missing-authorization
    const source = await prisma.workshop.findFirst({ where: { id: sourceId, studioId }, select: { title: true, description: true, priceCents: true, seats: true, startsAt: true } });
    if (!source) return;
    await prisma.workshop.create({ data: { ...source, title: `${source.title} (copy)`, studioId } });
  }

  return (
    <main>
      <h1>{studio.name}</h1>
      <ul>
        {studio.workshops.map((w) => (
          <li key={w.id}>
            {w.title}
            <form action={archiveWorkshop}>
              <input type="hidden" name="workshopId" value={w.id} />
              <button>Archive</button>
            </form>
            <form action={duplicateWorkshop}>
              <input type="hidden" name="workshopId" value={w.id} />
              <button>Duplicate</button>
            </form>
          </li>
        ))}
      </ul>
      <p>Signed in as {session.userId}</p>
    </main>
  );
}
