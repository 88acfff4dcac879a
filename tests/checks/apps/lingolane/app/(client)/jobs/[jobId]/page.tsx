import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getJobForMember } from "@/lib/dal/jobs";
import { verifySession } from "@/lib/auth/session";
import { BidForm } from "@/components/bid-form";

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const { job } = await getJobForMember(jobId).catch(() => notFound());

  // ok: missing-auth, missing-input-validation
  async function setStatus(formData: FormData) {
    "use server";
    const status = z.enum(["open", "paused", "closed"]).parse(formData.get("status"));
    const { job: j } = await getJobForMember(jobId);
    // ok: missing-authorization
    await prisma.job.update({ where: { id: j.id }, data: { status } });
    revalidatePath(`/jobs/${jobId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    await verifySession();
    const targetJob = z.string().cuid().parse(formData.get("jobId"));
    const note = z.string().max(2000).parse(formData.get("note"));
    // ruleid: missing-authorization
    await prisma.job.update({
      where: { id: targetJob },
      data: { instructions: note },
    });
  }

  return (
    <main>
      <h1>{job.title}</h1>
      <form action={setStatus}>
        <select name="status"><option>open</option><option>paused</option><option>closed</option></select>
        <button>Update</button>
      </form>
      <form action={addNote}>
        <input type="hidden" name="jobId" value={job.id} />
        <textarea name="note" />
        <button>Save note</button>
      </form>
      <BidForm jobId={job.id} />
    </main>
  );
}
