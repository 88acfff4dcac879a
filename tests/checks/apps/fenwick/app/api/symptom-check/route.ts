import { NextResponse, type NextRequest } from "next/server";
import { triageSymptoms } from "@/lib/ai";
import { symptomSchema } from "@/lib/validation/schemas";

// Public demo endpoint used by the embeddable widget on partner sites.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  try {
    const parsed = symptomSchema.safeParse(await req.json());
    if (!parsed.success) return NextResponse.json({ error: "Describe your symptoms in a sentence or two." }, { status: 400 });
    const advice = await triageSymptoms(parsed.data.description, parsed.data.age);
    return NextResponse.json({ advice });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
