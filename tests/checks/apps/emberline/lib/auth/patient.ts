import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";

export async function requirePatient() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/patient/sign-in");
  const patient = await prisma.patient.findUnique({
    where: { supabaseUserId: user.id },
    select: { id: true, practiceId: true, email: true, firstName: true },
  });
  if (!patient) redirect("/patient/onboarding");
  return { user, patient, supabase };
}

// Soft lookup for pages that render for both signed-in and anonymous visitors.
export async function getPatientUser() {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  return data.user;
}
