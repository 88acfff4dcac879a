import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sql } from "@/lib/db";
import { getMembership, getUser, requireUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { PhotoUploader } from "@/components/PhotoUploader";
import { ConfirmButton } from "@/components/ConfirmButton";

export default async function TicketPage({ params }: { params: Promise<{ buildingId: string; ticketId: string }> }) {
  const { buildingId, ticketId } = await params;
  const viewer = await requireUser();
  // ok: sql-injection
  const [ticket] = await sql<{ id: string; title: string; description: string; status: string; reporter_id: string }[]>`
    select id, title, description, status, reporter_id from tickets where id = ${ticketId} and building_id = ${buildingId}
  `;
  if (!ticket) notFound();
  const membership = await getMembership(viewer.id, buildingId);
  const isManager = membership?.role === "manager";

  // ok: missing-auth, missing-input-validation
  async function markResolved() {
    "use server";
    const user = await requireUser();
    // ok: missing-authorization, sql-injection
    await sql`update tickets set status = 'resolved' where id = ${ticketId} and reporter_id = ${user.id}`;
    revalidatePath(`/b/${buildingId}/tickets/${ticketId}`);
  }

  // Managers move a ticket to another building when it was filed in the wrong one.
  // ruleid: missing-input-validation // todoruleid: missing-audit-log -- known gap (pass 41, I, ambiguous): cross-building ticket move by a manager-only UI action, console.log only
  // ok: missing-auth
  async function moveTicket(formData: FormData) {
    "use server";
    const user = await requireUser();
    const target = formData.get("targetBuildingId") as string;
    // todoruleid: missing-authorization -- known gap (pass 41, J): inline action, closed-over ticketId not vetted by the page and client target building, no role check
    await sql`update tickets set building_id = ${target} where id = ${ticketId}`;
    console.log("ticket moved", user.id, ticketId, target);
  }

  // ok: missing-auth, missing-input-validation
  async function setUrgent(formData: FormData) {
    "use server";
    const user = await getUser();
    if (!user) throw new Error("Sign in");
    const m = await getMembership(user.id, buildingId);
    if (m?.role !== "manager") throw new Error("Managers only");
    const urgent = z.enum(["true", "false"]).parse(formData.get("urgent")) === "true";
    // ok: missing-authorization, sql-injection
    await sql`update tickets set urgent = ${urgent} where id = ${ticketId} and building_id = ${buildingId}`;
    await auditLog({ actorId: user.id, action: "ticket.urgent", buildingId, target: ticketId });
  }

  return (
    <article className="space-y-4">
      <h1>{ticket.title}</h1>
      <p>{ticket.description}</p>
      <p>Status: {ticket.status}</p>
      <PhotoUploader ticketId={ticket.id} />
      {ticket.reporter_id === viewer.id && (
        <form action={markResolved}>
          <ConfirmButton label="Mark resolved" />
        </form>
      )}
      {isManager && (
        <>
          <form action={setUrgent}>
            <input type="hidden" name="urgent" value="true" />
            <button>Flag urgent</button>
          </form>
          <form action={moveTicket}>
            <input name="targetBuildingId" placeholder="Building id" />
            <button>Move</button>
          </form>
        </>
      )}
    </article>
  );
}
