import { streamText } from "ai";
import { prisma } from "@/lib/db/prisma";
import { appealModel } from "@/lib/ai";

// Segmentation assistant chat (streams). Called from the dashboard sidebar.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { charityId, messages } = (await req.json()) as { charityId: string; messages: { role: "user" | "assistant"; content: string }[] };
  const donors = await prisma.donor.findMany({
    where: { charityId },
    select: { lifetimePence: true, majorDonor: true, postcode: true },
    take: 2000,
  });
  const summary = `Donors: ${donors.length}. Major: ${donors.filter((d) => d.majorDonor).length}.`;
  const result = streamText({
    model: appealModel,
    system: `You help charity fundraisers segment their donors. Data summary: ${summary}`,
    messages,
  });
  return result.toDataStreamResponse();
}
