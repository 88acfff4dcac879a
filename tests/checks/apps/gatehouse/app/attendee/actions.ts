"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { sendEmail } from "@/lib/messaging";
import { ratelimit } from "@/lib/rate-limit";
import { AttendeeDetailsSchema } from "@/lib/validation/schemas";

const TicketId = z.string().uuid();

// ok: missing-auth
export async function myTickets() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/attendee/login");

  const { data } = await supabase
    .from("tickets")
    .select("id, attendee_name, checked_in_at, event:events(title, starts_at, venue)")
    .eq("attendee_user_id", user.id)
    .order("created_at", { ascending: false });
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getTicket(ticketId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");

  // ruleid: missing-authorization
  const { data: ticket } = await supabase.from("tickets").select("*").eq("id", ticketId).single();
  // ruleid: excessive-data-exposure
  return ticket;
}

// Lets an attendee hand a ticket to a friend.
// ruleid: missing-auth, missing-input-validation
export async function transferTicket(ticketId: string, toEmail: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  const { error } = await supabase
    .from("tickets")
    .update({ attendee_email: toEmail, attendee_user_id: null, transferred_by: user?.id })
    .eq("id", ticketId);
  if (error) return { ok: false };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateAttendeeDetails(ticketId: string, input: unknown) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };

  const id = TicketId.parse(ticketId);
  const details = AttendeeDetailsSchema.parse(input);
  // ok: missing-authorization
  const { error } = await supabase
    .from("tickets")
    // ok: mass-assignment
    .update(details)
    .eq("id", id)
    .eq("attendee_user_id", user.id);
  return error ? { error: "Could not save." } : { success: "Saved" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendMyTicket(ticketId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };

  const { success } = await ratelimit.limit(`resend-ticket:${user.id}`);
  if (!success) return { error: "You can resend tickets a few times per minute." };

  const id = TicketId.parse(ticketId);
  // ok: missing-authorization
  const { data: ticket } = await supabase
    .from("tickets")
    .select("id, attendee_email, event:events(title)")
    .eq("id", id)
    .eq("attendee_user_id", user.id)
    .single();
  if (!ticket) return { error: "Ticket not found." };
  await sendEmail({
    to: ticket.attendee_email,
    subject: "Your ticket",
    html: `<a href="${process.env.APP_URL}/t/${ticket.id}">Open your ticket</a>`,
  });
  return { success: "Sent" };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestRefund(ticketId: string, reason: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };
  const input = z.object({ ticketId: z.string().uuid(), reason: z.string().trim().min(5).max(1000) }).parse({ ticketId, reason });

  try {
    // ok: missing-authorization
    const { data: ticket, error } = await supabase
      .from("tickets")
      .select("id, order_id, organiser_email")
      .eq("id", input.ticketId)
      .eq("attendee_user_id", user.id)
      .single();
    if (error) throw error;
    await supabase.from("refund_requests").insert({ ticket_id: ticket.id, order_id: ticket.order_id, reason: input.reason, requested_by: user.id });
    await sendEmail({ to: ticket.organiser_email, subject: "Refund request", html: `<p>${input.reason.replace(/</g, "&lt;")}</p>` });
    return { success: "Request sent to the organiser." };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: "Refund request failed", detail: error };
  }
}
