import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { publicDonationSchema } from "@/lib/validation/schemas";
import { createCheckout } from "@/lib/payments";
import { rateLimitByIp } from "@/lib/ratelimit";

// JSON variant of the public donation form (used by the embeddable widget)
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  try {
    await rateLimitByIp("checkout-api");
    const data = publicDonationSchema.parse(await req.json());
    // ok: mass-assignment
    const donor = await prisma.donor.upsert({ where: { email: data.email }, update: {}, create: { email: data.email, name: data.name } });
    // ok: mass-assignment
    const donation = await prisma.donation.create({ data: { donorId: donor.id, amountCents: data.amountCents }, select: { id: true } });
    const { url } = await createCheckout(data.amountCents, donation.id);
    return NextResponse.json({ url });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Checkout failed", details: err }, { status: 500 });
  }
}
