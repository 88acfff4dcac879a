import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/session";
import { canEditJob } from "@/lib/permissions";
import { IdSchema } from "@/lib/validation/schemas";
import { AttachmentList } from "@/components/attachment-list";

const StatusSchema = v.picklist(["scheduled", "en_route", "in_progress", "done", "cancelled"]);

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireUser();
  const { id } = await params;
  const job = await prisma.job.findFirst({
    where: { id, workspaceId: session.workspaceId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      scheduledAt: true,
      customer: { select: { name: true, address: true } },
      attachments: { select: { id: true, fileName: true, url: true } },
    },
  });
  if (!job) notFound();

  // ok: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    const current = await requireUser();
    const note = v.parse(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)), formData.get("note"));
    // ok: missing-authorization
    await prisma.job.updateMany({
      where: { id: job!.id, workspaceId: current.workspaceId },
      data: { description: `${job!.description ?? ""}\n— ${note}` },
    });
    revalidatePath(`/jobs/${job!.id}`);
  }

  // ruleid: missing-auth
  async function markDone() { // ok: missing-input-validation
    "use server";
    await prisma.job.update({ where: { id: job!.id }, data: { status: "done" } });
    revalidatePath(`/jobs/${job!.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function changeStatus(formData: FormData) {
    "use server";
    const current = await requireUser();
    const jobId = v.parse(IdSchema, formData.get("jobId"));
    const status = v.parse(StatusSchema, formData.get("status"));
    // ruleid: floating-auth-check
    if (!canEditJob(current.user.id, jobId)) return;
    // ruleid: missing-authorization
    await prisma.job.update({ where: { id: jobId }, data: { status } });
    revalidatePath(`/jobs/${jobId}`);
  }

  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{job.title}</h1>
        <p className="text-sm text-muted-foreground">
          {job.customer.name} · {job.customer.address}
        </p>
      </header>
      <form action={changeStatus} className="flex gap-2">
        <input type="hidden" name="jobId" value={job.id} />
        <select name="status" defaultValue={job.status}>
          {StatusSchema.options.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <button type="submit">Update</button>
      </form>
      <form action={markDone}>
        <button type="submit">Mark done</button>
      </form>
      <form action={addNote}>
        <textarea name="note" />
        <button type="submit">Add note</button>
      </form>
      <AttachmentList jobId={job.id} attachments={job.attachments} />
    </article>
  );
}
