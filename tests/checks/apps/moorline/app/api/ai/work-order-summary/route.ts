import { NextResponse } from "next/server";
import { z } from "zod";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { validateRequest } from "@/lib/auth/lucia";
import { findWorkOrderInMarina } from "@/lib/data/workorders";

/** Streams a customer-friendly explanation of a work order (yard terminal, signed in). */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const { workOrderId } = z.object({ workOrderId: z.string().uuid() }).parse(await req.json());
  // ok: missing-authorization
  const wo = await findWorkOrderInMarina(workOrderId, user.marinaId);
  if (!wo) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Explain this boatyard job to the owner: ${wo.title} (status ${wo.status}).` });
  return result.toDataStreamResponse();
}
