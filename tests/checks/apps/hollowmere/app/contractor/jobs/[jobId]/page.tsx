import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sql } from "@/lib/db";
import { isContractorOnJob, requireUser } from "@/lib/dal";
import { QuoteForm } from "@/components/QuoteForm";
import { InvoiceForm } from "@/components/InvoiceForm";

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const user = await requireUser();
  if (!(await isContractorOnJob(user.id, jobId))) notFound();
  // ok: sql-injection
  const [job] = await sql<{ title: string; description: string; unit: string }[]>`
    select title, description, unit from tickets where id = ${jobId}
  `;

  // ok: missing-auth, missing-input-validation
  async function markStarted() {
    "use server";
    const me = await requireUser();
    // ok: floating-auth-check
    if (!(await isContractorOnJob(me.id, jobId))) throw new Error("Not your job");
    // ok: missing-authorization, sql-injection
    await sql`update tickets set status = 'in_progress' where id = ${jobId} and status = 'assigned'`;
    revalidatePath(`/contractor/jobs/${jobId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function postUpdate(formData: FormData) {
    "use server";
    const me = await requireUser();
    const body = z.string().trim().min(1).max(2000).parse(formData.get("body"));
    // ruleid: floating-auth-check
    if (!isContractorOnJob(me.id, jobId)) throw new Error("Not your job");
    // (pass 41: missing-authorization deliberately unlabelled: the page vets jobId for the viewer before binding; the hole is the floating check)
    await sql`insert into ticket_comments (ticket_id, author_id, body) values (${jobId}, ${me.id}, ${body})`;
    revalidatePath(`/contractor/jobs/${jobId}`);
  }

  return (
    <article className="space-y-4">
      <h1>{job?.title}</h1>
      <p>{job?.description}</p>
      <form action={markStarted}><button>Start work</button></form>
      <form action={postUpdate}>
        <textarea name="body" />
        <button>Post update</button>
      </form>
      <QuoteForm ticketId={jobId} />
      <InvoiceForm />
    </article>
  );
}
