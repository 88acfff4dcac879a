import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { ratelimit } from "@/lib/ratelimit";
import { draftDamageReport } from "@/lib/ai";
import { getRentalForRenter } from "@/lib/dal/rentals";

const Body = z.object({ rentalId: z.string().cuid(), notes: z.string().min(10).max(3000), captions: z.array(z.string().max(200)).max(10) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) return NextResponse.json({ error: "limit" }, { status: 429 });
  const body = Body.parse(await req.json());
  await getRentalForRenter(body.rentalId);
  try {
    const text = await draftDamageReport(body.notes, body.captions);
    return NextResponse.json({ draft: text });
  } catch (err) {
    // why: the provider error (incl. request details) is returned to the client.
    // ruleid: information-disclosure
    return NextResponse.json({ error: err }, { status: 502 });
  }
}
