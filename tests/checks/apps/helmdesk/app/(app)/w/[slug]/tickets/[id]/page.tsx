import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { canAccessTicket, assertTicketAccess, hasRole } from "@/lib/permissions";
import { getMembership } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function TicketPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const membership = await getMembership(slug);
  const ticket = await prisma.ticket.findFirst({
    where: { id, workspaceId: membership.workspaceId },
    select: { id: true, number: true, subject: true, status: true, messages: { select: { id: true, body: true, internal: true } } },
  });
  if (!ticket) notFound();

  // ok: missing-auth, missing-input-validation
  async function deleteMessage(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect("/sign-in");
    const messageId = String(formData.get("messageId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(messageId)) throw new Error("Bad id");
    // ruleid: floating-auth-check
    if (!canAccessTicket(session.user.id, id)) {
      throw new Error("Forbidden");
    }
    // ruleid: missing-authorization
    await prisma.message.delete({ where: { id: messageId } });
    revalidatePath(`/w/${slug}/tickets/${id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function deleteMessageChecked(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect("/sign-in");
    const messageId = String(formData.get("messageId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(messageId)) throw new Error("Bad id");
    // ok: floating-auth-check
    if (!(await canAccessTicket(session.user.id, id))) {
      throw new Error("Forbidden");
    }
    // ok: missing-authorization
    await prisma.message.deleteMany({ where: { id: messageId, ticketId: id } });
    revalidatePath(`/w/${slug}/tickets/${id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function reopenTicket(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect("/sign-in");
    const ticketId = String(formData.get("ticketId"));
    if (ticketId.length < 20 || ticketId.length > 32) throw new Error("Bad id");
    // ruleid: floating-auth-check
    assertTicketAccess(session.user.id, ticketId);
    // ruleid: missing-authorization
    await prisma.ticket.update({ where: { id: ticketId }, data: { status: "open" } });
    revalidatePath(`/w/${slug}/tickets/${ticketId}`);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function deleteTicket() {
    "use server";
    const m = await getMembership(slug);
    // ok: floating-auth-check
    if (!hasRole(m.role, "supervisor")) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.ticket.deleteMany({ where: { id, workspaceId: m.workspaceId } });
    await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "ticket.deleted", target: id });
    redirect(`/w/${slug}/tickets`);
  }

  return (
    <article>
      <h1>
        #{ticket.number} {ticket.subject}
      </h1>
      {ticket.messages.map((msg) => (
        <form key={msg.id} action={deleteMessage}>
          <input type="hidden" name="messageId" value={msg.id} />
          <p className={msg.internal ? "bg-yellow-50" : ""}>{msg.body}</p>
          <button>Delete</button>
        </form>
      ))}
      <form action={deleteMessageChecked}>
        <input type="hidden" name="messageId" />
      </form>
      <form action={reopenTicket}>
        <input type="hidden" name="ticketId" value={ticket.id} />
        <button>Reopen</button>
      </form>
      <form action={deleteTicket}>
        <button>Delete ticket</button>
      </form>
    </article>
  );
}
