"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { sql } from "@/lib/db";
import { withBuildingRole } from "@/lib/with-building-role";
import { mailLimiter } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { assignSchema, uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const assignContractor = withBuildingRole("manager", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: assignSchema });
  if (submission.status !== "success") return submission.reply();
  const { ticketId, contractorId, note } = submission.value;
  // ok: missing-authorization, sql-injection
  const [ticket] = await sql`select id, title from tickets where id = ${ticketId} and building_id = ${ctx.buildingId}`;
  if (!ticket) return submission.reply({ formErrors: ["Ticket not found."] });
  // ok: sql-injection
  const [contractor] = await sql<{ user_id: string; phone: string | null }[]>`
    select user_id, phone from contractors where id = ${contractorId} and active
  `;
  if (!contractor) return submission.reply({ formErrors: ["Contractor not found."] });
  // ok: mass-assignment, missing-authorization, sql-injection
  await sql`
    insert into assignments (ticket_id, contractor_id, contractor_user_id, assigned_by, note)
    values (${ticketId}, ${contractorId}, ${contractor.user_id}, ${ctx.user.id}, ${note ?? null})
  `;
  // ok: sql-injection
  await sql`update tickets set status = 'assigned' where id = ${ticketId}`;
  const { success } = await mailLimiter.limit(`sms:${ctx.buildingId}`);
  if (success && contractor.phone) await sendSms(contractor.phone, `New job: ${ticket.title}`);
  revalidatePath(`/b/${ctx.buildingId}/tickets/${ticketId}`);
  return submission.reply();
});

// ok: missing-auth, missing-input-validation
export const unassignContractor = withBuildingRole("manager", async (ctx, assignmentId: string) => {
  const id = uuid.parse(assignmentId);
  // ruleid: missing-authorization
  await sql`delete from assignments where id = ${id}`;
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
});
