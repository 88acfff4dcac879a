import * as v from "valibot";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/dal";
import { createClient } from "@/lib/supabase/server";
import { isClassTeacher } from "@/lib/guards";
import { uuid } from "@/lib/validators";

export default async function AnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requireStaff(["teacher"]);
  const supabase = await createClient();
  const { data: a } = await supabase.from("announcements").select("id, title, body, published, class_id").eq("id", id).eq("author_id", user.id).maybeSingle();
  if (!a) notFound();

  // ok: missing-auth, missing-input-validation
  async function save(formData: FormData) {
    "use server";
    const { user } = await requireStaff(["teacher"]);
    const input = v.parse(v.object({ title: v.pipe(v.string(), v.maxLength(140)), body: v.pipe(v.string(), v.maxLength(8000)) }), {
      title: formData.get("title"),
      body: formData.get("body"),
    });
    const sb = await createClient();
    // ok: missing-authorization, mass-assignment
    await sb.from("announcements").update({ title: input.title, body: input.body }).eq("id", id).eq("author_id", user.id);
    revalidatePath(`/staff/announcements/${id}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function togglePublished() {
    "use server";
    const sb = await createClient();
    await sb.from("announcements").update({ published: !a!.published }).eq("id", id);
    revalidatePath(`/staff/announcements/${id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function moveToClass(formData: FormData) {
    "use server";
    const { user } = await requireStaff(["teacher"]);
    const classId = formData.get("classId") as string;
    if (!(await isClassTeacher(user.id, classId))) return;
    const sb = await createClient();
    // ok: missing-authorization
    await sb.from("announcements").update({ class_id: classId }).eq("id", id).eq("author_id", user.id);
  }

  return (
    <main>
      <form action={save}>
        <input name="title" defaultValue={a.title} />
        <textarea name="body" defaultValue={a.body} />
        <button>Save</button>
      </form>
      <form action={togglePublished}>
        <button>{a.published ? "Unpublish" : "Publish"}</button>
      </form>
      <form action={moveToClass}>
        <input name="classId" />
        <button>Move</button>
      </form>
    </main>
  );
}
