import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { requireCommitteeRole, hasCommitteeRole } from "@/lib/auth/roles";
import { sendNewsletter } from "@/app/actions/newsletter";
import { newsletterSchema } from "@/lib/validation/committee";

export default async function NewsletterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: floating-auth-check
  await requireCommitteeRole("COMMITTEE_ADMIN");
  const issue = await prisma.newsletter.findUnique({ where: { id }, select: { id: true, subject: true, bodyHtml: true, status: true } });
  if (!issue) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveEdits(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    if (!(await hasCommitteeRole("COMMITTEE_ADMIN"))) throw new Error("Forbidden");
    const data = newsletterSchema.parse({ subject: formData.get("subject"), bodyHtml: formData.get("bodyHtml") });
    // ok: mass-assignment, missing-authorization
    await prisma.newsletter.update({ where: { id }, data });
    revalidatePath(`/committee/newsletters/${id}`);
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function duplicateIssue(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireCommitteeRole("COMMITTEE_ADMIN");
    const subject = formData.get("subject") as string;
    await prisma.newsletter.create({ data: { subject, bodyHtml: issue!.bodyHtml, authorId: "system" } });
  }

  return (
    <div>
      <form action={saveEdits}>
        <input name="subject" defaultValue={issue.subject} />
        <textarea name="bodyHtml" defaultValue={issue.bodyHtml} />
        <button>Save</button>
      </form>
      <form action={duplicateIssue}>
        <input name="subject" placeholder="New subject" />
        <button>Duplicate</button>
      </form>
      {issue.status !== "SENT" && (
        <form action={sendNewsletter.bind(null, issue.id)}>
          <button>Send to all subscribers</button>
        </form>
      )}
    </div>
  );
}
