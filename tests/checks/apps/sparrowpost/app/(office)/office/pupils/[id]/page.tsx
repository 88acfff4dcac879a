import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/dal";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { uuid } from "@/lib/validators";

export default async function PupilPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(["office", "admin"]);
  const { data: pupil } = await supabaseAdmin.from("pupils").select("id, first_name, last_name, medical_notes, class_id").eq("id", id).single();

  // ok: missing-auth, missing-input-validation
  async function saveMedical(formData: FormData) {
    "use server";
    const { user } = await requireStaff(["office", "admin"]);
    const notes = v.parse(v.pipe(v.string(), v.maxLength(2000)), formData.get("medicalNotes"));
    // ok: missing-authorization
    await supabaseAdmin.from("pupils").update({ medical_notes: notes }).eq("id", id);
    await auditLog({ actorId: user.id, action: "pupil.medical_updated", target: id });
    revalidatePath(`/office/pupils/${id}`);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function removeGuardian(formData: FormData) {
    "use server";
    const { user } = await requireStaff(["office", "admin"]);
    const guardianId = v.parse(uuid, formData.get("guardianId"));
    // ok: missing-authorization
    await supabaseAdmin.from("pupil_guardians").delete().eq("pupil_id", id).eq("guardian_id", guardianId);
    await auditLog({ actorId: user.id, action: "pupil.guardian_removed", target: id, meta: { guardianId } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function archive() {
    "use server";
    // ruleid: floating-auth-check
    requireStaff(["admin"]);
    await supabaseAdmin.from("pupils").update({ class_id: null }).eq("id", id);
  }

  return (
    <main>
      <h1>
        {pupil?.first_name} {pupil?.last_name}
      </h1>
      <form action={saveMedical}>
        <textarea name="medicalNotes" defaultValue={pupil?.medical_notes ?? ""} />
        <button>Save</button>
      </form>
      <form action={removeGuardian}>
        <input name="guardianId" />
        <button>Remove guardian</button>
      </form>
      <form action={archive}>
        <button>Archive</button>
      </form>
    </main>
  );
}
