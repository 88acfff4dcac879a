import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// PayPal IPN relay: our relay worker forwards verified IPNs with a shared header.
export async function POST(req: Request) {
  const relaySecret = req.headers.get("x-relay-secret");
  // ruleid: timing-unsafe-comparison
  if (!relaySecret || relaySecret !== process.env.PAYPAL_RELAY_SECRET) {
    return NextResponse.json({ error: "unauthorised" }, { status: 401 });
  }
  const ipn = (await req.json()) as { txn_id: string; payment_status: string; custom: string; mc_gross: string };
  if (ipn.payment_status === "Refunded") {
    await prisma.donation.updateMany({ where: { providerRef: ipn.txn_id }, data: { status: "refunded" } });
  } else if (ipn.payment_status === "Completed") {
    const [charityId, campaignId] = ipn.custom.split(":");
    await prisma.donation.upsert({
      where: { providerRef: ipn.txn_id },
      create: { charityId, campaignId, amountPence: Math.round(Number(ipn.mc_gross) * 100), status: "succeeded", provider: "paypal", providerRef: ipn.txn_id },
      update: { status: "succeeded" },
    });
  }
  return NextResponse.json({ ok: true });
}
