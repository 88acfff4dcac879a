import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex } from "@/lib/secure-compare";

/** One-click unsubscribe link in reminder emails: `?o=<obligationId>&sig=<hmac>`. */
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const q = z.object({ o: z.string().cuid(), sig: z.string().length(64) }).safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  const expectedSignature = hmacHex(process.env.UNSUBSCRIBE_SECRET!, q.data.o);
  // why: link signature compared with ===
  // ruleid: timing-unsafe-comparison
  if (q.data.sig === expectedSignature) {
    // ok: missing-authorization
    await prisma.reminder.deleteMany({ where: { obligationId: q.data.o, sentAt: null } });
    return NextResponse.redirect(new URL("/unsubscribed", req.url));
  }
  return NextResponse.json({ error: "Invalid link" }, { status: 400 });
}
