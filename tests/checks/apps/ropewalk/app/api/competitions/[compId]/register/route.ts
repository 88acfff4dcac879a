import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest, { params }: { params: Promise<{ compId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "Sign in to register" }, { status: 401 });
  try {
    const compId = objectId.parse((await params).compId);
    const { category } = z.object({ category: z.enum(["youth", "open", "masters", "adaptive"]) }).parse(await req.json());
    await dbConnect();
    const bib = (await Competition.findById(compId).select("registrants").lean())?.registrants.length ?? 0;
    await Competition.updateOne(
      { _id: compId, status: "open", "registrants.userId": { $ne: session.user.id } },
      { $push: { registrants: { userId: session.user.id, category, bib: bib + 1 } } },
    );
    return NextResponse.json({ ok: true, bib: bib + 1 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
