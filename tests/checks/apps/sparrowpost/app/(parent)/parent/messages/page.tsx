import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { requireGuardian, getCurrentUser } from "@/lib/dal";
import { createClient } from "@/lib/supabase/server";
import { canAccessThread } from "@/lib/guards";
import { MessageComposer } from "@/components/MessageComposer";
import { uuid } from "@/lib/validators";

export default async function MessagesPage() {
  const { user } = await requireGuardian();
  const supabase = await createClient();
  const { data: threads } = await supabase
    .from("message_threads")
    .select("id, subject, guardian:guardians!inner(user_id)")
    .eq("guardian.user_id", user.id);

  // ok: missing-auth, missing-input-validation
  async function archiveThread(formData: FormData) {
    "use server";
    const { user } = await requireGuardian();
    const threadId = v.parse(uuid, formData.get("threadId"));
    if (!(await canAccessThread(user.id, threadId))) return;
    const sb = await createClient();
    // ok: missing-authorization
    await sb.from("message_threads").update({ subject: "[archived]" }).eq("id", threadId);
    revalidatePath("/parent/messages");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function deleteMessage(formData: FormData) {
    "use server";
    const me = await getCurrentUser();
    const messageId = v.parse(uuid, formData.get("messageId"));
    const sb = await createClient();
    await sb.from("messages").delete().eq("id", messageId).eq("sender_id", me?.id);
  }

  return (
    <main>
      {threads?.map((t) => (
        <section key={t.id}>
          <h2>{t.subject}</h2>
          <form action={archiveThread}>
            <input type="hidden" name="threadId" value={t.id} />
            <button>Archive</button>
          </form>
          <MessageComposer threadId={t.id} />
        </section>
      ))}
      <form action={deleteMessage}>
        <input name="messageId" />
      </form>
    </main>
  );
}
