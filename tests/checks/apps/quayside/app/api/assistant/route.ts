import { z } from "zod";
import { streamText, tool } from "ai";
import { getStaffSession } from "@/lib/auth";
import { sql } from "@/lib/db/sql";
import { assistantModel, HARBOUR_SYSTEM_PROMPT } from "@/lib/ai";

const Body = z.object({
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(40),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await getStaffSession();
  if (!session) return new Response("unauthorized", { status: 401 });
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return new Response("invalid", { status: 400 });

  const result = streamText({
    model: assistantModel,
    system: HARBOUR_SYSTEM_PROMPT,
    messages: parsed.data.messages,
    tools: {
      arrivals: tool({
        description: "Bookings arriving on a given date",
        parameters: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
        execute: async ({ date }) =>
          // ok: sql-injection
          sql`select b.guest_name, br.code, b.status from bookings b join berths br on br.id = b.berth_id
              where b.org_id = ${session.orgId} and b.starts_on = ${date}`,
      }),
    },
    maxSteps: 3,
  });
  return result.toDataStreamResponse();
}
