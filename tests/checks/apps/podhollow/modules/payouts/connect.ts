import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { logActivity } from "@/lib/audit";

// Stripe Connect login link for the network owner's Express dashboard.
// the `as` cast is not validation
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { networkId } = (await req.json()) as { networkId: string };
  // ok: missing-authorization
  const net = await prisma.network.findFirst({ where: { id: networkId, ownerId: session.user.id }, select: { stripeAccountId: true } });
  if (!net?.stripeAccountId) return NextResponse.json({ error: "Not connected" }, { status: 404 });
  const link = await stripe.accounts.createLoginLink(net.stripeAccountId);
  await logActivity({ actorId: session.user.id, networkId, action: "payouts.dashboard_login" });
  return NextResponse.json({ url: link.url });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 38, F): pass-21 policy row, a search param into an ORM filter
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const networkId = new URL(req.url).searchParams.get("networkId") ?? "";
  // ruleid: missing-authorization
  const net = await prisma.network.findUnique({ where: { id: networkId }, select: { stripeAccountId: true, payoutBalance: true } });
  return NextResponse.json({ connected: !!net?.stripeAccountId, balance: net?.payoutBalance ?? 0 });
}
