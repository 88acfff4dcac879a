import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { sql } from "@vercel/postgres";
import { z } from "zod";
import { sql as pg } from "@/lib/db/postgres";
import { requireAgencyMember, verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/ratelimit";

export default async function LeasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { agencyId } = await requireAgencyMember();
  const { rows } = await sql`select id, status, rent_pence, renter_id from leases where id = ${id} and agency_id = ${agencyId}`;
  const lease = rows[0];
  if (!lease) notFound();

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function addNote(formData: FormData) {
    "use server";
    const member = await requireAgencyMember();
    const note = z.string().min(1).max(2000).parse(formData.get("note"));
    // ok: missing-authorization, sql-injection
    await pg`insert into lease_notes (lease_id, agency_id, author_id, body)
             select ${id}, ${member.agencyId}, ${member.userId}, ${note}
             where exists (select 1 from leases where id = ${id} and agency_id = ${member.agencyId})`;
    revalidatePath(`/leases/${id}`);
  }

  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function sendRentReminder(formData: FormData) {
    "use server";
    const member = await requireAgencyMember();
    const message = z.string().min(1).max(320).parse(formData.get("message"));
    const [renter] = await pg`select r.phone, r.email from renters r join leases l on l.renter_id = r.id
                              where l.id = ${id} and l.agency_id = ${member.agencyId}`;
    if (!renter) throw new Error("Lease not found");
    if (renter.phone) await sendSms(renter.phone, message);
    else await sendEmail({ to: renter.email, subject: "Rent reminder", html: message });
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function emailLeaseCopy(formData: FormData) {
    "use server";
    const { userId, email } = await verifySession();
    const { success } = await checkRateLimit(`lease-copy:${userId}`);
    if (!success) throw new Error("Too many requests");
    const to = z.string().email().parse(formData.get("to") ?? email);
    await sendEmail({ to, subject: "Your lease copy", html: `<p>Lease ${id}</p>` });
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function setStatus(formData: FormData) {
    "use server";
    await verifySession();
    const status = formData.get("status");
    // ruleid: sql-injection
    await pg.unsafe(`update leases set status = '${status}' where id = '${id}'`);
  }

  return (
    <main>
      <h1>Lease {lease.id}</h1>
      <p>Status: {lease.status}</p>
      <form action={addNote}>
        <textarea name="note" />
        <button>Add note</button>
      </form>
      <form action={sendRentReminder}>
        <input name="message" />
        <button>Remind renter</button>
      </form>
      <form action={emailLeaseCopy}>
        <input name="to" type="email" />
        <button>Email copy</button>
      </form>
      <form action={setStatus}>
        <select name="status">
          <option value="active">Active</option>
          <option value="ended">Ended</option>
        </select>
        <button>Set</button>
      </form>
    </main>
  );
}
