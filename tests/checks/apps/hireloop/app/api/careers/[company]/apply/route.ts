import { NextResponse, type NextRequest } from "next/server";
import arcjet, { shield, slidingWindow } from "@arcjet/next";
import { z } from "zod";
import { db } from "@/lib/db";
import { putResume } from "@/lib/storage";
import { sendEmail } from "@/lib/mail";
import { logger } from "@/lib/logger";

const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [shield({ mode: "LIVE" }), slidingWindow({ mode: "LIVE", interval: "10m", max: 5 })],
});

const ApplySchema = z.object({
  jobId: z.string().cuid(),
  name: z.string().trim().min(1).max(120),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
  source: z.enum(["careers", "linkedin", "indeed", "referral"]).default("careers"),
});

const MAX_RESUME = 5 * 1024 * 1024;
const RESUME_TYPES = new Set(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);

// Public by design: anyone can apply. Throttled and validated instead.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest, { params }: { params: Promise<{ company: string }> }) {
  const decision = await aj.protect(req);
  if (decision.isDenied()) return NextResponse.json({ error: "Too many requests" }, { status: 429 });

  const { company: slug } = await params;
  if (!/^[a-z0-9-]{1,40}$/.test(slug)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const form = await req.formData();
  const parsed = ApplySchema.safeParse({
    jobId: form.get("jobId"),
    name: form.get("name"),
    email: form.get("email"),
    phone: form.get("phone") ?? undefined,
    source: form.get("source") ?? undefined,
  });
  if (!parsed.success) return NextResponse.json({ error: "Invalid application" }, { status: 400 });

  const resume = form.get("resume");
  if (!(resume instanceof File) || resume.size > MAX_RESUME || !RESUME_TYPES.has(resume.type)) {
    return NextResponse.json({ error: "Résumé must be a PDF or DOCX under 5 MB" }, { status: 400 });
  }

  const job = await db.job.findFirst({
    where: { id: parsed.data.jobId, status: "published", company: { slug } },
    select: { id: true, title: true, companyId: true },
  });
  if (!job) return NextResponse.json({ error: "Job not found" }, { status: 404 });

  try {
    const key = await putResume(`${job.companyId}/${crypto.randomUUID()}`, new Uint8Array(await resume.arrayBuffer()), resume.type);
    const { jobId, ...candidateFields } = parsed.data;
    const application = await db.application.create({
      data: {
        job: { connect: { id: jobId } },
        candidate: {
          // ok: mass-assignment
          create: { ...candidateFields, companyId: job.companyId, resumeKey: key },
        },
      },
      select: { id: true },
    });
    await sendEmail({ to: parsed.data.email, subject: `We received your application for ${job.title}`, html: "<p>Thanks for applying!</p>" });
    // ok: excessive-data-exposure
    return NextResponse.json({ id: application.id }, { status: 201 });
  } catch (err) {
    logger.error({ err }, "apply failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "We couldn't submit your application. Please try again." }, { status: 500 });
  }
}
