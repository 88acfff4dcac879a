import { streamText } from "ai";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { coachModel, COACH_SYSTEM_PROMPT } from "@/lib/ai";
import { connectMongo, CoachConversation } from "@/lib/mongo";

const bodySchema = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(40) });

// Streaming coach for the mobile app.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  const { messages } = bodySchema.parse(await req.json());
  await connectMongo();
  const history = await CoachConversation.findOne({ userId: session?.user?.id }, { healthContext: 1 }).lean<{ healthContext?: string }>();
  const result = streamText({
    model: coachModel,
    system: `${COACH_SYSTEM_PROMPT}\nKnown context: ${history?.healthContext ?? "none"}`,
    messages,
  });
  return result.toDataStreamResponse();
}
