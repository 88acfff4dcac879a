"use server";

import { z } from "zod";
import { generateText } from "ai";
import { consoleAction } from "@/lib/actions/safe-action";
import { getEm, Booking, MaintenanceTicket } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { requireStaff, ownsBooking } from "@/lib/auth";
import { assistantModel, cheapModel, HARBOUR_SYSTEM_PROMPT } from "@/lib/ai";
import { Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const askAssistant = consoleAction
  .metadata({ actionName: "askAssistant" })
  .inputSchema(z.object({ question: z.string().trim().min(3).max(2000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const berths = await sql`select code, status, length_m from berths where org_id = ${ctx.session.orgId} order by code limit 300`;
    const { text } = await generateText({
      model: assistantModel,
      system: HARBOUR_SYSTEM_PROMPT,
      prompt: `Berths: ${JSON.stringify(berths)}\n\nQuestion: ${parsedInput.question}`,
      maxTokens: 600,
    });
    return { answer: text };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function summariseTicket(ticketId: string) {
  await requireStaff();
  const id = Id.parse(ticketId);
  const em = await getEm();
  // ruleid: missing-authorization
  const ticket = await em.findOne(MaintenanceTicket, { id }, { fields: ["title", "description", "status", "priority"] });
  if (!ticket) return { summary: null };
  const { text } = await generateText({
    model: cheapModel,
    prompt: `Summarise this maintenance ticket in two sentences for the harbourmaster:\n${ticket.title}\n${ticket.description ?? ""}`,
  });
  return { summary: text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainBookingPrice(bookingId: string) {
  const session = await requireStaff();
  const id = Id.parse(bookingId);
  // ruleid: floating-auth-check
  if (!ownsBooking(session, id)) return { text: "Booking not found." };
  const em = await getEm();
  // ruleid: missing-authorization
  const booking = await em.findOne(Booking, { id }, { fields: ["startsOn", "endsOn", "totalCents", "berth"] });
  const { text } = await generateText({
    model: cheapModel,
    prompt: `Explain this marina booking price to a boat owner in plain English: ${JSON.stringify(booking)}`,
  });
  return { text };
}
