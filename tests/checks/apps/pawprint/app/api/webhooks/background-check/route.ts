import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const payload = z.object({
  candidate: z.string(),
  report_id: z.string(),
  status: z.enum(["clear", "consider", "suspended", "pending"]),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-bgcheck-signature") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(sig, hmacHex(process.env.BGCHECK_WEBHOOK_SECRET!, raw))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  try {
    const event = payload.parse(JSON.parse(raw));
    await prisma.sitter.update({
      where: { id: event.candidate },
      data: { backgroundStatus: event.status === "clear" ? "approved" : event.status, backgroundCheckRef: event.report_id },
    });
    logger.info("background check updated", { sitterId: event.candidate, status: event.status });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
    return NextResponse.json({ ok: false, error: err instanceof Error ? err.message : String(err) }, { status: 500 });
  }
}
