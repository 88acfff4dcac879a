import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("token");
  if (!token || !/^[a-z2-7]{32}$/.test(token)) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  // ok: timing-unsafe-comparison
  const { count } = await prisma.newsletterSubscriber.deleteMany({ where: { unsubscribeToken: token } });
  return NextResponse.json({ unsubscribed: count > 0 });
}
