import { revalidatePath } from "next/cache";
import { requirePatient } from "@/lib/auth/patient";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";

export default async function ProfilePage() {
  const { patient } = await requirePatient();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveEmergencyContact(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) throw new Error("Sign in");
    const patientUserId = formData.get("patientUserId") as string;
    const contact = formData.get("contact") as string;
    // ruleid: missing-authorization, mass-assignment
    await supabase.from("emergency_contacts").upsert({ patient_user_id: patientUserId, contact });
    revalidatePath("/patient/profile");
  }

  // ok: missing-auth, missing-input-validation
  async function saveInsurance(formData: FormData) {
    "use server";
    const { patient: me } = await requirePatient();
    const memberId = String(formData.get("memberId") ?? "");
    if (!/^[A-Z0-9]{6,20}$/.test(memberId)) throw new Error("Invalid member id");
    // ok: missing-authorization
    await prisma.patient.update({ where: { id: me.id }, data: { insuranceMemberId: memberId } });
  }

  return (
    <main>
      <h1>Hello {patient.firstName}</h1>
      <form action={saveEmergencyContact}><input name="contact" /><button>Save</button></form>
      <form action={saveInsurance}><input name="memberId" /><button>Save</button></form>
    </main>
  );
}
