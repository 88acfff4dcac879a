"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sql } from "@/lib/db";
import { withBuildingRole } from "@/lib/with-building-role";
import { canEditTicket, getUser, requireUser } from "@/lib/dal";
import { commentSchema, ticketSchema, ticketStatusSchema, ticketUpdateSchema, uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation
export const createTicket = withBuildingRole("resident", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: ticketSchema });
  if (submission.status !== "success") return submission.reply();
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { data, error } = await supabase
    .from("tickets")
    .insert({ ...submission.value, building_id: ctx.buildingId, reporter_id: ctx.user.id })
    .select("id")
    .single();
  if (error) return submission.reply({ formErrors: ["Could not file the ticket."] });
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
  // ok: excessive-data-exposure
  return { ...submission.reply({ resetForm: true }), ticketId: data.id };
});

// ok: missing-auth, missing-input-validation
export const updateTicket = withBuildingRole("resident", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: ticketUpdateSchema });
  if (submission.status !== "success") return submission.reply();
  const { ticketId, ...changes } = submission.value;
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("tickets").update(changes).eq("id", ticketId).eq("reporter_id", ctx.user.id).eq("status", "open");
  revalidatePath(`/b/${ctx.buildingId}/tickets/${ticketId}`);
  return submission.reply();
});

// ok: missing-auth, missing-input-validation
export const setTicketStatus = withBuildingRole("manager", async (ctx, input: { ticketId: string; status: string }) => {
  const { ticketId, status } = ticketStatusSchema.parse(input);
  // ok: missing-authorization, sql-injection
  await sql`update tickets set status = ${status} where id = ${ticketId} and building_id = ${ctx.buildingId}`;
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteTicket = withBuildingRole("resident", async (ctx, ticketId: string) => {
  const id = uuid.parse(ticketId);
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("tickets").delete().eq("id", id);
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
});

// ok: missing-auth, missing-input-validation
export const withdrawTicket = withBuildingRole("resident", async (ctx, ticketId: string) => {
  const id = uuid.parse(ticketId);
  const supabase = await createClient();
  // ok: missing-authorization
  await supabase.from("tickets").delete().eq("id", id).eq("reporter_id", ctx.user.id).eq("status", "open");
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
});

// ok: missing-auth, missing-input-validation
export const addComment = withBuildingRole("resident", async (ctx, input: { ticketId: string; body: string }) => {
  const { ticketId, body } = commentSchema.parse(input);
  // ruleid: floating-auth-check
  if (!canEditTicket(ctx.user.id, ticketId)) {
    throw new Error("You cannot comment on this ticket");
  }
  // ruleid: missing-authorization
  await sql`insert into ticket_comments (ticket_id, author_id, body) values (${ticketId}, ${ctx.user.id}, ${body})`;
  revalidatePath(`/b/${ctx.buildingId}/tickets/${ticketId}`);
});

// ok: missing-auth, missing-input-validation
export const addInternalNote = withBuildingRole("officer", async (ctx, input: { ticketId: string; body: string }) => {
  const { ticketId, body } = commentSchema.parse(input);
  // ok: floating-auth-check
  if (!(await canEditTicket(ctx.user.id, ticketId))) {
    throw new Error("Not allowed");
  }
  // ok: missing-authorization, sql-injection
  await sql`insert into ticket_comments (ticket_id, author_id, body, internal) values (${ticketId}, ${ctx.user.id}, ${body}, true)`;
});

// ok: missing-auth, missing-input-validation
export const getTicket = withBuildingRole("resident", async (ctx, ticketId: string) => {
  const id = uuid.parse(ticketId);
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase.from("tickets").select("*").eq("id", id).eq("building_id", ctx.buildingId).single();
  // ruleid: excessive-data-exposure
  return data;
});

// ok: missing-auth, missing-input-validation
export const getTicketSummary = withBuildingRole("resident", async (ctx, ticketId: string) => {
  const id = uuid.parse(ticketId);
  // ok: sql-injection, missing-authorization
  const [row] = await sql`
    select id, title, status, category, created_at from tickets where id = ${id} and building_id = ${ctx.buildingId}
  `;
  // ok: excessive-data-exposure
  return row ?? null;
});

// Reopen from the e-mail "still broken?" link.
// ruleid: missing-auth, missing-input-validation
export async function reopenTicket(ticketId: string) {
  const user = await getUser();
  // ok: sql-injection
  await sql`update tickets set status = 'open' where id = ${ticketId} and reporter_id = ${user?.id ?? null}`;
  revalidatePath("/b");
}

// ok: missing-auth, missing-input-validation
export async function reopenTicketChecked(ticketId: string) {
  const user = await requireUser();
  const id = uuid.parse(ticketId);
  // ok: missing-authorization, sql-injection
  await sql`update tickets set status = 'open' where id = ${id} and reporter_id = ${user.id} and status = 'resolved'`;
  revalidatePath("/b");
}

// Manager bulk-escalation. Uses the service client "because RLS" (there is none).
// ruleid: missing-input-validation
// ok: missing-auth
export const escalateTickets = withBuildingRole("manager", async (ctx, ticketIds: string[]) => {
  // ok: missing-authorization
  await supabaseAdmin.from("tickets").update({ urgent: true }).in("id", ticketIds).eq("building_id", ctx.buildingId);
  return { count: ticketIds.length };
});

// ruleid: missing-input-validation
// ok: missing-auth
export const bulkCloseTickets = withBuildingRole("manager", async (ctx, ticketIds: string[]) => {
  const list = ticketIds.map((id) => `'${id}'`).join(",");
  // ruleid: sql-injection
  await sql.unsafe(`update tickets set status = 'closed' where building_id = $1 and id in (${list})`, [ctx.buildingId]);
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
});

// ok: missing-auth, missing-input-validation
export const bulkCloseTicketsSafe = withBuildingRole("manager", async (ctx, ticketIds: string[]) => {
  const ids = uuid.array().max(200).parse(ticketIds);
  // ok: sql-injection, missing-authorization
  await sql`update tickets set status = 'closed' where building_id = ${ctx.buildingId} and id in ${sql(ids)}`;
  revalidatePath(`/b/${ctx.buildingId}/tickets`);
});
