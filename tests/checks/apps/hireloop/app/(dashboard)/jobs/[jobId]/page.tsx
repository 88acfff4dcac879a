import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/dal";

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const viewer = await getViewer();
  const job = await db.job.findFirst({
    where: { id: jobId, companyId: viewer.companyId },
    select: { id: true, title: true, status: true, stages: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
  });
  if (!job) notFound();

  // The page checked the viewer at render time; the action itself is a separate endpoint.
  // ruleid: missing-auth
  async function archiveJob() {
    "use server";
    await db.job.update({ where: { id: jobId }, data: { status: "archived" } });
    revalidatePath(`/jobs/${jobId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addStage(formData: FormData) {
    "use server";
    const me = await getViewer();
    const name = z.string().trim().min(1).max(60).parse(formData.get("name"));
    // ok: missing-authorization
    const owned = await db.job.findFirst({ where: { id: jobId, companyId: me.companyId }, select: { id: true, _count: { select: { stages: true } } } });
    if (!owned) throw new Error("Not found");
    // ok: mass-assignment
    await db.stage.create({ data: { jobId: owned.id, name, position: owned._count.stages } });
    revalidatePath(`/jobs/${jobId}`);
  }

  return (
    <section>
      <h1>{job.title}</h1>
      <form action={archiveJob}>
        <button>Archive</button>
      </form>
      <ol>
        {job.stages.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ol>
      <form action={addStage}>
        <input name="name" />
        <button>Add stage</button>
      </form>
    </section>
  );
}
