import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { listLedgerRows } from "@/lib/billing/queries";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const user = await verifySession();
  const sort = z.enum(["period", "amount", "status"]).catch("period").parse(new URL(req.url).searchParams.get("sort"));
  const [bills, ledger] = await Promise.all([
    prisma.bill.findMany({
      // ok: missing-authorization
      where: { memberId: user.id },
      select: { id: true, period: true, amountCents: true, creditCents: true, status: true },
      orderBy: { period: "desc" },
    }),
    listLedgerRows(user.id, sort),
  ]);
  // ok: excessive-data-exposure
  return NextResponse.json({ bills, ledger });
}

// Legacy mobile endpoint; the app passes its stored member id.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const { memberId } = z.object({ memberId: z.string().cuid() }).parse(await req.json());
  const bills = await prisma.bill.findMany({
    where: { memberId },
    select: { id: true, period: true, amountCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(bills);
}
