import { NextResponse } from "next/server";
import { connectMongo, DamageReport } from "@/lib/db/mongo";
import { secureCompare } from "@/lib/secure-compare";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = new URL(req.url).searchParams.get("token") ?? "";
  if (!/^[a-f0-9]{24}$/.test(id) || token.length < 20) return NextResponse.json({ error: "not found" }, { status: 404 });
  await connectMongo();
  const doc = await DamageReport.findById(id, { finalText: 1, reviewerToken: 1, status: 1 }).lean<any>();
  // ok: timing-unsafe-comparison
  if (!doc?.reviewerToken || !secureCompare(doc.reviewerToken, token)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ text: doc.finalText, status: doc.status });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = z.object({ token: z.string().min(20), decision: z.enum(["accept", "dispute"]) }).parse(await req.json());
  if (!/^[a-f0-9]{24}$/.test(id)) return NextResponse.json({ error: "not found" }, { status: 404 });
  await connectMongo();
  const doc = await DamageReport.findById(id, { reviewerToken: 1 }).lean<any>();
  // why: the share-link reviewer token is compared with !==.
  // ruleid: timing-unsafe-comparison
  if (!doc || doc.reviewerToken !== body.token) return NextResponse.json({ error: "not found" }, { status: 404 });
  await DamageReport.updateOne({ _id: id }, { $set: { status: body.decision === "accept" ? "accepted" : "disputed" } });
  return NextResponse.json({ ok: true });
}
