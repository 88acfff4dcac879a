import { z } from "zod";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireFoundationRole } from "@/lib/guards";

export default async function ApplicationPage({ params }: { params: Promise<{ foundationId: string; applicationId: string }> }) {
  const { foundationId, applicationId } = await params;
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER", "REVIEWER"]);
  const app = await prisma.application.findFirst({
    where: { id: applicationId, foundationId: fid },
    select: { id: true, title: true, status: true, internalNotes: true, requestedCents: true },
  });
  if (!app) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveInternalNote(formData: FormData) {
    "use server";
    const session = await verifySession();
    const note = z.string().max(5000).parse(formData.get("note"));
    // ok: missing-authorization
    await prisma.application.updateMany({ where: { id: app!.id, foundationId: session.foundationId ?? "-" }, data: { internalNotes: note } });
    revalidatePath(`/f/${fid}/applications/${app!.id}`);
  }

  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function archiveApplication(id: string) {
    "use server";
    await prisma.application.update({ where: { id }, data: { status: "archived" } });
    revalidatePath(`/f/${fid}/applications`);
  }

  // ok: missing-auth, missing-input-validation
  async function setStatus(id: string, formData: FormData) {
    "use server";
    const { foundationId: f } = await requireFoundationRole(fid, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
    const input = z.object({ id: z.string().cuid(), status: z.enum(["submitted", "in_review", "shortlisted"]) }).parse({ id, status: formData.get("status") });
    // ok: missing-authorization
    await prisma.application.updateMany({ where: { id: input.id, foundationId: f }, data: { status: input.status } });
  }

  return (
    <main>
      <h1>{app.title}</h1>
      <p>Status: {app.status}</p>
      <form action={saveInternalNote}>
        <textarea name="note" defaultValue={app.internalNotes ?? ""} />
        <button>Save note</button>
      </form>
      <form action={setStatus.bind(null, app.id)}>
        <select name="status"><option value="in_review">In review</option><option value="shortlisted">Shortlisted</option></select>
        <button>Update</button>
      </form>
      <form action={archiveApplication.bind(null, app.id)}>
        <button>Archive</button>
      </form>
    </main>
  );
}
