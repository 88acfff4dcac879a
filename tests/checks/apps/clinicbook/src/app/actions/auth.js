"use server";

import { headers } from "next/headers";
import { z } from "zod";
import bcrypt from "bcryptjs";
import dbConnect from "@/lib/mongodb";
import User from "@/models/User";
import rateLimit from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";

const limiter = rateLimit({ interval: 60_000 });

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function requestOtp(formData) {
  const ip = headers().get("x-forwarded-for") ?? "local";
  await limiter.check(5, ip);
  const phone = z.string().regex(/^\+\d{8,15}$/).parse(formData.get("phone"));
  await dbConnect();
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await User.updateOne({ phone }, { otp, otpExpires: new Date(Date.now() + 5 * 60_000) });
  await sendSms(phone, `Your ClinicBook code is ${otp}`);
  return { sent: true };
}

// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function verifyOtp(phone, otp) {
  await dbConnect();
  const user = await User.findOne({ phone }).select("otp otpExpires");
  // ruleid: timing-unsafe-comparison
  if (!user || user.otp !== otp || user.otpExpires < new Date()) {
    return { ok: false };
  }
  await User.updateOne({ _id: user._id }, { $unset: { otp: 1, otpExpires: 1 } });
  return { ok: true };
}

const registerSchema = z.object({
  name: z.string().min(1),
  email: z.string().email(),
  password: z.string().min(8),
});

// ok: missing-auth
// ruleid: missing-rate-limit
export async function register(prevState, formData) {
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    // ok: information-disclosure -- validation feedback
    return { errors: parsed.error.flatten().fieldErrors };
  }
  await dbConnect();
  const exists = await User.exists({ email: parsed.data.email });
  if (exists) {
    // ruleid: information-disclosure
    return { message: "An account with this email already exists" };
  }
  const password = await bcrypt.hash(parsed.data.password, 12);
  // ok: mass-assignment -- fields picked one by one
  await User.create({ name: parsed.data.name, email: parsed.data.email, password });
  return { message: "Account created" };
}
