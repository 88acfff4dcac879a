import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

export const revalidate = 60;

// Public appeal widget data (embedded on charity websites).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const campaign = await prisma.campaign.findFirst({
    where: { slug, status: "live" },
    select: { id: true, title: true, goalPence: true },
  });
  if (!campaign) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const raised = await prisma.donation.aggregate({ where: { campaignId: campaign.id, status: "succeeded" }, _sum: { amountPence: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ title: campaign.title, goalPence: campaign.goalPence, raisedPence: raised._sum.amountPence ?? 0 });
}
