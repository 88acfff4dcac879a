import { z } from "zod";
import { streamText } from "ai";
import { sql } from "@/lib/db/sql";
import { cheapModel } from "@/lib/ai";

const Body = z.object({
  marina: z.string().regex(/^[a-z0-9-]{2,64}$/),
  question: z.string().trim().min(3).max(1000),
});

// "Ask the harbour" chat bubble on public marina pages.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  // ok: sql-injection
  const facts = await sql`
    select m.name, m.timezone, count(b.id)::int as visitor_berths, max(b.length_m) as max_length
    from marinas m left join berths b on b.marina_id = m.id and b.status = 'available'
    where m.slug = ${parsed.data.marina} and m.public_booking = true group by m.id`;
  const result = streamText({
    model: cheapModel,
    system: `You answer visiting sailors' questions about this marina. Facts: ${JSON.stringify(facts[0] ?? {})}`,
    prompt: parsed.data.question,
    maxTokens: 400,
  });
  return result.toDataStreamResponse();
}
