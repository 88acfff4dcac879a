import { NextResponse } from "next/server";
import * as v from "valibot";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-key";

// ok: missing-auth
export async function GET(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  // ok: missing-authorization
  const jobs = await db.job.findMany({ where: { companyId: caller.companyId }, take: 200 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: jobs });
}

const JobBody = v.object({
  title: v.pipe(v.string(), v.minLength(2), v.maxLength(140)),
  description: v.string(),
  location: v.optional(v.string()),
  companyId: v.optional(v.string()),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const result = v.safeParse(JobBody, await req.json());
  if (!result.success) return NextResponse.json({ error: "Invalid body" }, { status: 422 });
  try {
    const job = await db.job.create({
      // ruleid: mass-assignment
      data: { companyId: caller.companyId, ...result.output },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(job, { status: 201 });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      // ok: information-disclosure
      return NextResponse.json({ error: "A job with that title already exists" }, { status: 409 });
    }
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Could not create job", detail: (e as Error).message }, { status: 500 });
  }
}
