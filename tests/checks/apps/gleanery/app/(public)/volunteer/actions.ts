"use server";

import { ValidationError } from "yup";
import { connectMongo } from "@/lib/db/mongo";
import { VolunteerApplication } from "@/lib/models/VolunteerApplication";
import { volunteerSignupSchema } from "@/lib/validation/yup";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";

// Public volunteer sign-up form
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function applyToVolunteer(_prev: unknown, formData: FormData) {
  await rateLimitByIp("volunteer-apply");
  let data;
  try {
    data = await volunteerSignupSchema.validate(
      { ...Object.fromEntries(formData), availability: formData.getAll("availability") },
      { stripUnknown: true },
    );
  } catch (err) {
    // ok: information-disclosure
    if (err instanceof ValidationError) return { error: "Please fix the highlighted fields." };
    throw err;
  }
  await connectMongo();
  // ok: mass-assignment
  await VolunteerApplication.create({ name: data.name, email: data.email, phone: data.phone, pantrySlug: data.pantrySlug, availability: data.availability });
  await sendMail(data.email, "Thanks for volunteering with Gleanery", `<p>Hi ${data.name}, a coordinator will reach out soon.</p>`);
  return { ok: true };
}

// "Text me a reminder the day before" checkbox on the public shift calendar
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestShiftReminder(formData: FormData) {
  const phone = formData.get("phone");
  const day = formData.get("day");
  if (typeof phone !== "string" || !/^\+?[0-9]{10,15}$/.test(phone)) return { error: "Invalid phone number" };
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return { error: "Invalid day" };
  await sendSms(phone, `Gleanery: you're signed up for a reminder on ${day}. Reply STOP to opt out.`);
  return { ok: true };
}
