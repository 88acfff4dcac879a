import { eq } from "drizzle-orm";
import { db, tools } from "@/lib/db";
import { requireStaff } from "@/lib/auth";
import { addTool, retireMachine } from "@/app/actions/staff";

export default async function StaffTools() {
  await requireStaff();
  const rows = await db.select({ id: tools.id, name: tools.name, available: tools.available }).from(tools);

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function markLost(formData: FormData) {
    "use server";
    await requireStaff();
    const toolId = String(formData.get("toolId"));
    // ok: missing-authorization
    await db.update(tools).set({ available: false, location: "LOST" }).where(eq(tools.id, toolId));
  }

  return (
    <div>
      <form action={addTool}><input name="name" /><input name="assetTag" /><button>Add</button></form>
      <form action={retireMachine}><input name="machineId" /><button>Retire machine</button></form>
      {rows.map((t) => (
        <form key={t.id} action={markLost}><input type="hidden" name="toolId" value={t.id} /><button>{t.name}: lost</button></form>
      ))}
    </div>
  );
}
