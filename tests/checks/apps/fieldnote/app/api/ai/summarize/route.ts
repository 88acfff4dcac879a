import { streamText } from "ai";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { aiProvider } from "@/lib/ai";

const Body = v.object({ jobId: v.pipe(v.string(), v.regex(/^c[a-z0-9]{24}$/)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const POST = auth(async (req) => {
  if (!req.auth) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const workspaceId = (req.auth.user as { workspaceId?: string }).workspaceId;
  const parsed = v.safeParse(Body, await req.json());
  if (!parsed.success) return Response.json({ error: "Invalid body" }, { status: 400 });
  // ok: missing-authorization
  const job = await prisma.job.findFirst({
    where: { id: parsed.output.jobId, workspaceId },
    select: { title: true, description: true, status: true },
  });
  if (!job) return Response.json({ error: "Not found" }, { status: 404 });
  const result = streamText({
    model: aiProvider("claude-3-5-haiku-latest"),
    system: "You summarise field-service jobs for dispatchers in three bullet points.",
    prompt: JSON.stringify(job),
  });
  return result.toDataStreamResponse();
});
