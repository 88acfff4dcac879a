import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { getMyModel } from "@/lib/data/models";

export default async function EditModelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const model = await getMyModel(id);
  if (!model) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveDescription(formData: FormData) {
    "use server";
    const { user, supabase } = await verifySession();
    const description = z.string().max(5000).parse(formData.get("description"));
    // ok: missing-authorization, mass-assignment
    await supabase.from("models").update({ description }).eq("id", id).eq("owner_id", user.id);
    revalidatePath(`/models/${id}/edit`);
  }

  // why: writes every submitted form field into the row, unvalidated (is_featured, owner_id, download_count...)
  // ruleid: missing-input-validation
  // ok: missing-auth
  async function saveListing(formData: FormData) {
    "use server";
    const { user, supabase } = await verifySession();
    const fields = Object.fromEntries(formData);
    // ruleid: mass-assignment
    // ok: missing-authorization
    await supabase.from("models").update(fields).eq("id", id).eq("owner_id", user.id);
    revalidatePath(`/models/${id}`);
  }

  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">Edit {model.title}</h1>
      <form action={saveDescription}>
        <textarea name="description" defaultValue={model.description ?? ""} />
        <button type="submit">Save</button>
      </form>
      <form action={saveListing}>
        <input name="title" defaultValue={model.title} />
        <input name="license" defaultValue={model.license} />
        <button type="submit">Update listing</button>
      </form>
    </div>
  );
}
