import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { connectMongo } from "@/lib/db/mongo";
import { ExperimentResult } from "@/models/ExperimentResult";

type Ctx = { params: Promise<{ id: string }> };

/** Raw event dump for the notebook integration. */
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization
  const docs = await ExperimentResult.find({ experimentId: id }).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ results: docs });
}
