"use server";

import { parseWithZod } from "@conform-to/zod";
import { request } from "@arcjet/next";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { aj } from "@/lib/arcjet";
import { signUpSchema } from "@/lib/validation/account";
import { sendEmail } from "@/lib/email";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: unknown, formData: FormData) {
  const req = await request();
  const decision = await aj.protect(req);
  if (decision.isDenied()) return { status: "error" as const, formErrors: ["Please slow down."] };

  const submission = parseWithZod(formData, { schema: signUpSchema });
  if (submission.status !== "success") return submission.reply();

  const { email, password, name, kind } = submission.value;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Check your inbox to continue."] });
  }
  await prisma.user.create({
    // ok: mass-assignment
    data: { email, name, kind, passwordHash: await bcrypt.hash(password, 12) },
  });
  await sendEmail(email, "Confirm your Permitline account", `<p>Hi ${name}, confirm your address to continue.</p>`);
  redirect("/verify-email");
}

// Old contractor self-registration form (still linked from the state licensing board site).
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
// ok: missing-auth
export async function registerContractorAccount(formData: FormData) {
  const fields = Object.fromEntries(formData) as Record<string, string>;
  try {
    const user = await prisma.user.create({
      data: {
        // ruleid: mass-assignment
        ...fields,
        passwordHash: await bcrypt.hash(fields.password ?? "", 12),
      },
      select: { id: true },
    });
    await prisma.contractor.create({
      data: { ownerId: user.id, companyName: fields.companyName, licenseNumber: fields.licenseNumber },
    });
    await sendEmail(fields.email, "Welcome to Permitline", "<p>Your contractor account is ready.</p>");
    // ok: excessive-data-exposure
    return { ok: true, userId: user.id };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
}
