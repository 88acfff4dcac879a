"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";
import { signupSchema } from "@/lib/validators";

// why: registration creates accounts and sends a confirmation email with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signup(_prev: unknown, formData: FormData) {
  let input;
  try {
    input = await signupSchema.validate({
      email: formData.get("email"),
      password: formData.get("password"),
      displayName: formData.get("displayName"),
    });
  } catch {
    return { error: "Please check the form." };
  }
  const supabase = await createClient();
  try {
    const { data, error } = await supabase.auth.signUp({
      email: input.email,
      password: input.password,
      options: { data: { display_name: input.displayName } },
    });
    if (error || !data.user) throw error ?? new Error("signup failed");
    // ok: mass-assignment
    await prisma.customer.create({ data: { supabaseUserId: data.user.id, email: input.email } });
  } catch (err) {
    // why: raw error message from the catch block returned to the browser
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  redirect("/verify?sent=1");
}
