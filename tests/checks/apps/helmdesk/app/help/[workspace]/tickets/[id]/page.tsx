import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { portalAuth } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";

export default async function PortalTicketPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace, id } = await params;
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) redirect(`/help/${workspace}/login`);
  const ticket = await prisma.ticket.findFirst({
    where: { id, customer: { email: session.user.email }, workspace: { slug: workspace } },
    select: { subject: true, status: true, messages: { where: { internal: false }, select: { id: true, body: true, createdAt: true } } },
  });
  if (!ticket) notFound();

  // ok: missing-auth, missing-input-validation
  async function reopen() {
    "use server";
    const s = await portalAuth.api.getSession({ headers: await headers() });
    if (!s) redirect(`/help/${workspace}/login`);
    // ok: missing-authorization
    await prisma.ticket.updateMany({ where: { id, customer: { email: s.user.email } }, data: { status: "open" } });
  }

  return (
    <main>
      <h1>{ticket.subject}</h1>
      {ticket.messages.map((m) => (
        <p key={m.id}>{m.body}</p>
      ))}
      <form action={reopen}>
        <button>Reopen</button>
      </form>
    </main>
  );
}
