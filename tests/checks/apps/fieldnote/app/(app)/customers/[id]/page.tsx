import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/session";
import { sendCustomerEmail } from "@/lib/mail";
import { throttle } from "@/lib/ratelimit";
import { generateToken } from "@/lib/crypto";
import { customerSummarySelect } from "@/lib/data/customers";

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireUser();
  const { id } = await params;
  const customer = await prisma.customer.findFirst({
    where: { id, workspaceId: session.workspaceId },
    select: customerSummarySelect,
  });
  if (!customer) notFound();

  // ruleid: missing-rate-limit
  async function sendPortalInvite() { // ok: missing-auth, missing-input-validation
    "use server";
    const current = await requireUser();
    if (!customer?.email) return;
    const token = generateToken();
    await prisma.customer.updateMany({
      where: { id: customer.id, workspaceId: current.workspaceId },
      data: { portalToken: token },
    });
    await sendCustomerEmail({
      to: customer.email,
      subject: "Your FieldNote customer portal",
      text: `View your appointments and invoices: ${process.env.APP_URL}/portal/claim?token=${token}`,
    });
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function sendPortalReminder() {
    "use server";
    const current = await requireUser();
    await throttle(`portal-reminder:${current.workspaceId}`, 10, 3600);
    if (!customer?.email) return;
    await sendCustomerEmail({ to: customer.email, subject: "Reminder: your customer portal", text: "Sign in any time." });
  }

  // ruleid: missing-input-validation
  async function saveNotes(formData: FormData) { // ok: missing-auth
    "use server";
    // ok: floating-auth-check
    await requireUser();
    const customerId = formData.get("customerId") as string;
    // ruleid: missing-authorization
    await prisma.customer.update({
      where: { id: customerId },
      data: { notes: formData.get("notes") as string },
    });
    revalidatePath(`/customers/${customerId}`);
  }

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{customer.name}</h1>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <dt>Email</dt>
        <dd>{customer.email ?? "—"}</dd>
        <dt>Phone</dt>
        <dd>{customer.phone ?? "—"}</dd>
      </dl>
      <form action={sendPortalInvite}>
        <button type="submit" disabled={!customer.email}>
          Invite to portal
        </button>
      </form>
      <form action={sendPortalReminder}>
        <button type="submit">Send reminder</button>
      </form>
      <form action={saveNotes}>
        <input type="hidden" name="customerId" value={customer.id} />
        <textarea name="notes" />
        <button type="submit">Save notes</button>
      </form>
    </section>
  );
}
