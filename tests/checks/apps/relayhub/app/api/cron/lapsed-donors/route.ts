import { NextResponse } from "next/server";
import { isCronRequest } from "@/lib/cron";
import { lapsedSince } from "@/lib/reports/query-builder";
import { sendEmail } from "@/lib/mail";
import { sendLimiter } from "@/lib/rate-limit";

// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  if (!isCronRequest(req)) return new NextResponse("unauthorised", { status: 401 });
  const donors = await lapsedSince(18);
  let sent = 0;
  for (const d of donors) {
    const { success } = await sendLimiter.limit(`lapsed:${d.id}`);
    if (!success) continue;
    await sendEmail({ to: d.email, subject: "We miss you", html: `<p>Hi ${d.first_name}, it's been a while…</p>` });
    sent++;
  }
  return NextResponse.json({ sent });
}
