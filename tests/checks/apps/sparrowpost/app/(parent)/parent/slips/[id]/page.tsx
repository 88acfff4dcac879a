import * as v from "valibot";
import { redirect } from "next/navigation";
import { requireGuardian } from "@/lib/dal";
import { createClient } from "@/lib/supabase/server";
import { isGuardianOf } from "@/lib/guards";
import { SignSlipForm } from "@/components/SignSlipForm";
import { uuid } from "@/lib/validators";

export default async function SlipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { guardian } = await requireGuardian();
  const supabase = await createClient();
  const { data: slip } = await supabase.from("permission_slips").select("id, title, details, due_at, cost_pence").eq("id", id).single();

  // ok: missing-auth, missing-input-validation
  async function sign(formData: FormData) {
    "use server";
    const { guardian } = await requireGuardian();
    const input = v.parse(v.object({ pupilId: uuid, consent: v.picklist(["yes", "no"]), signedName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)) }), Object.fromEntries(formData));
    if (!(await isGuardianOf(guardian.id, input.pupilId))) throw new Error("Not your child");
    const sb = await createClient();
    // ok: missing-authorization, mass-assignment
    await sb.from("slip_signatures").insert({ slip_id: id, pupil_id: input.pupilId, guardian_id: guardian.id, consent: input.consent === "yes", signed_name: input.signedName });
    redirect("/parent/slips");
  }

  // ok: missing-auth, missing-input-validation
  async function signAsOtherGuardian(formData: FormData) {
    "use server";
    await requireGuardian();
    const input = v.parse(v.object({ pupilId: uuid, guardianId: uuid, signedName: v.string() }), Object.fromEntries(formData));
    const sb = await createClient();
    // ruleid: missing-authorization
    await sb.from("slip_signatures").insert({ slip_id: id, pupil_id: input.pupilId, guardian_id: input.guardianId, consent: true, signed_name: input.signedName });
  }

  return (
    <main>
      <h1>{slip?.title}</h1>
      <p>{slip?.details}</p>
      <SignSlipForm action={sign} guardianId={guardian.id} />
      <form action={signAsOtherGuardian}>
        <button>Sign for partner</button>
      </form>
    </main>
  );
}
