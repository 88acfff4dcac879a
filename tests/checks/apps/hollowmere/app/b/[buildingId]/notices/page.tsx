import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getMembership, getUser, requireUser } from "@/lib/dal";
import { NoticeComposer } from "@/components/NoticeComposer";
import { uuid } from "@/lib/validation/tickets";

export default async function NoticesPage({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  const viewer = await requireUser();
  const m = await getMembership(viewer.id, buildingId);
  const staff = m?.role === "officer" || m?.role === "manager";
  const supabase = await createClient();
  const { data: notices } = await supabase
    .from("notices")
    .select("id, title, body, pinned, created_at")
    .eq("building_id", buildingId)
    .eq("published", true)
    .order("pinned", { ascending: false })
    .order("created_at", { ascending: false });

  // ruleid: missing-auth, missing-input-validation
  async function togglePin(formData: FormData) {
    "use server";
    const user = await getUser();
    const id = formData.get("id") as string;
    await supabaseAdmin.from("notices").update({ pinned: formData.get("pinned") === "1" }).eq("id", id);
    revalidatePath(`/b/${buildingId}/notices`);
    return { by: user?.id };
  }

  // ok: missing-auth, missing-input-validation
  async function unpublish(formData: FormData) {
    "use server";
    const user = await requireUser();
    const membership = await getMembership(user.id, buildingId);
    if (membership?.role !== "officer" && membership?.role !== "manager") throw new Error("Officers only");
    const id = uuid.parse(formData.get("id"));
    // ok: missing-authorization
    await supabaseAdmin.from("notices").update({ published: false }).eq("id", id).eq("building_id", buildingId);
    revalidatePath(`/b/${buildingId}/notices`);
  }

  return (
    <section className="space-y-4">
      <h1>Notice board</h1>
      {staff && <NoticeComposer buildingId={buildingId} />}
      {(notices ?? []).map((n) => (
        <article key={n.id}>
          <h2>{n.pinned ? "📌 " : ""}{n.title}</h2>
          <p>{n.body}</p>
          {staff && (
            <div className="flex gap-2">
              <form action={togglePin}>
                <input type="hidden" name="id" value={n.id} />
                <input type="hidden" name="pinned" value={n.pinned ? "0" : "1"} />
                <button>{n.pinned ? "Unpin" : "Pin"}</button>
              </form>
              <form action={unpublish}>
                <input type="hidden" name="id" value={n.id} />
                <button>Unpublish</button>
              </form>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
