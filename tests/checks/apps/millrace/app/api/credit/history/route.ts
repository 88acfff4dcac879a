import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, members, creditLedger } from "@/lib/db";

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 39, policy): a search param into an ORM filter, Warden's pass-21 exemption
export async function GET(req: Request) {
  const { userId } = await auth();
  if (!userId) return new NextResponse("Unauthorized", { status: 401 });
  const memberId = new URL(req.url).searchParams.get("memberId")!;
  // ruleid: missing-authorization
  const rows = await db.select({ amount: creditLedger.amountCents, reason: creditLedger.reason }).from(creditLedger).where(eq(creditLedger.memberId, memberId));
  return NextResponse.json(rows);
}
