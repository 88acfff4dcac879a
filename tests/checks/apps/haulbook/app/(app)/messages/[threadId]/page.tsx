import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { messages } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { MessageComposer } from "@/components/MessageComposer";

export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { threadId } = await params;
  const viewer = await verifySession();
  const rows = await db.select({ id: messages.id, body: messages.body, from: messages.fromUserId }).from(messages).where(eq(messages.loadId, threadId));

  // ok: missing-auth, missing-input-validation, mass-assignment
  async function send(formData: FormData) {
    "use server";
    const v = await verifySession();
    const body = formData.get("body");
    if (typeof body !== "string" || body.length === 0 || body.length > 2000) return;
    await db.insert(messages).values({ id: crypto.randomUUID(), tenantId: v.tenantId, loadId: threadId, fromUserId: v.userId, body });
    revalidatePath(`/messages/${threadId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function sendAs(formData: FormData) {
    "use server";
    const v = await verifySession();
    // ruleid: missing-authorization -- the sender of the message taken from the client
    await db.insert(messages).values({ id: crypto.randomUUID(), tenantId: v.tenantId, loadId: threadId, fromUserId: formData.get("fromUserId") as string, body: String(formData.get("body")) });
  }

  return (
    <main>
      {rows.map((m) => (
        <p key={m.id}>
          <b>{m.from === viewer.userId ? "You" : m.from}</b>: {m.body}
        </p>
      ))}
      <MessageComposer action={send} altAction={sendAs} />
    </main>
  );
}
