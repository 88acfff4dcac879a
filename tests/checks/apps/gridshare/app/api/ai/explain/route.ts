import { NextResponse } from "next/server";
import { z } from "zod";
import { explainBill } from "@/lib/ai";

// "Explain my bill" widget on the public pricing page: visitors paste a bill.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { text } = z.object({ text: z.string().min(20).max(4000) }).parse(await req.json());
  const explanation = await explainBill(text);
  return NextResponse.json({ explanation });
}
