import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getStaff } from "@/lib/auth/kinde";
import { ratelimit } from "@/lib/ratelimit";

export const maxDuration = 30;

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const staff = await getStaff();
  if (!staff) return new Response("Unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`ai:${staff.id}`);
  if (!success) return new Response("Slow down", { status: 429 });
  const { noteId } = z.object({ noteId: z.string() }).parse(await req.json());
  // ok: missing-authorization
  const note = await prisma.visitNote.findFirst({ where: { id: noteId, clinicId: staff.clinicId }, select: { body: true } });
  if (!note) return new Response("Not found", { status: 404 });
  const result = streamText({ model: openai("gpt-4o-mini"), system: "Summarise for the pet owner.", prompt: note.body });
  return result.toDataStreamResponse();
}
