import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { connectMongo, MeterValue } from "@/lib/mongo/models";

// Live meter graph on the charger console (polled every 5 s).
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  const id = z.string().cuid().parse((await params).id);
  await connectMongo();
  const values = await MeterValue.find({ sessionId: id }).sort({ createdAt: 1 }).limit(2000).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ values, viewer: userId });
}
