import { z } from "zod";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireOrg } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { canEditSubmission } from "@/lib/guards";
import { StatusPicker } from "@/components/StatusPicker";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireOrg();
  const submission = await prisma.submission.findFirst({
    where: { id, agencyId: ctx.agencyId },
    select: { id: true, title: true, synopsis: true, status: true, internalNotes: true },
  });
  if (!submission) notFound();

  // ok: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    const { agencyId } = await requireOrg();
    const note = z.string().max(5000).parse(formData.get("note"));
    // ok: missing-authorization
    await prisma.submission.updateMany({ where: { id, agencyId }, data: { internalNotes: note } });
    revalidatePath(`/dashboard/submissions/${id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function archive(formData: FormData) {
    "use server";
    const ctx2 = await requireOrg();
    const target = formData.get("submissionId") as string;
    // ruleid: floating-auth-check
    if (!canEditSubmission(ctx2.agencyId, target)) return;
    // ruleid: missing-authorization
    await prisma.submission.update({ where: { id: target }, data: { status: "archived" } });
  }

  return (
    <main>
      <h1>{submission.title}</h1>
      <p>{submission.synopsis}</p>
      <StatusPicker submissionId={submission.id} status={submission.status} />
      <form action={addNote}>
        <textarea name="note" defaultValue={submission.internalNotes ?? ""} />
        <button>Save note</button>
      </form>
      <form action={archive}>
        <input type="hidden" name="submissionId" value={submission.id} />
        <button>Archive</button>
      </form>
    </main>
  );
}
