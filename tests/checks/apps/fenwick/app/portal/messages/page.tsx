import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/Message";
import { listMyMessages } from "@/app/actions/messages";
import { MessageComposer } from "@/components/MessageComposer";

export default async function MessagesPage() {
  const messages = await listMyMessages();

  // ok: missing-auth
  async function markAllRead() {
    "use server";
    // ok: floating-auth-check
    const { userId } = await verifySession();
    await connectMongo();
    // ok: missing-authorization
    await Message.updateMany({ patient: userId, readAt: null }, { $set: { readAt: new Date() } });
    revalidatePath("/portal/messages");
  }

  return (
    <section>
      <h1>Messages</h1>
      <form action={markAllRead}>
        <button type="submit">Mark all read</button>
      </form>
      <ul>
        {messages.map((m) => (
          <li key={m.id} style={{ fontWeight: m.readAt ? "normal" : "bold" }}>
            {m.mine ? "You" : "Care team"}: {m.body}
          </li>
        ))}
      </ul>
      <MessageComposer />
    </section>
  );
}
