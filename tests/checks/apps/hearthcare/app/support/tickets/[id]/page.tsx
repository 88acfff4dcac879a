import type { RowDataPacket } from "mysql2";
import { requireSupportAgent } from "@/lib/iron";
import { mysqlPool } from "@/lib/db/mysql";

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  await requireSupportAgent();
  const { id } = await params;
  const [rows] = await mysqlPool.execute<RowDataPacket[]>("SELECT id, subject, body, status FROM support_tickets WHERE id = ?", [Number(id)]);
  const ticket = rows[0];

  // ok: missing-auth, missing-input-validation
  async function setStatus(formData: FormData) {
    "use server";
    await requireSupportAgent();
    const status = formData.get("status");
    if (status !== "open" && status !== "pending" && status !== "closed") throw new Error("bad status");
    // ok: sql-injection
    await mysqlPool.execute("UPDATE support_tickets SET status = ? WHERE id = ?", [status, Number(id)]);
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function assignTo(formData: FormData) {
    "use server";
    await requireSupportAgent("l2");
    const assignee = formData.get("assignee");
    // ruleid: sql-injection
    await mysqlPool.query("UPDATE support_tickets SET assignee = '" + assignee + "' WHERE id = " + Number(id));
  }

  return (
    <main>
      <h1>{ticket?.subject}</h1>
      <form action={setStatus}><select name="status"><option>open</option><option>pending</option><option>closed</option></select><button>Save</button></form>
      <form action={assignTo}><input name="assignee" /><button>Assign</button></form>
    </main>
  );
}
