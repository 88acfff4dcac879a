import { sql } from "@/lib/db/postgres";
import { z } from "zod";
import { redirect } from "next/navigation";
import { AskAssistant } from "@/components/ask-assistant";

export default async function TimetablePage() {
  const sailings = await sql`SELECT s.id, s.departs_at, r.name FROM sailings s JOIN routes r ON r.id = s.route_id WHERE r.published ORDER BY s.departs_at LIMIT 50`;

  // ok: missing-auth, missing-input-validation
  async function jumpToPort(formData: FormData) {
    "use server";
    const port = z.string().regex(/^[A-Z]{3,5}$/).parse(formData.get("port"));
    redirect(`/timetable/${port}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function jumpToLegacy(formData: FormData) {
    "use server";
    redirect(String(formData.get("next")));
  }

  return (
    <main>
      <form action={jumpToPort}><input name="port" /><button>Go</button></form>
      <form action={jumpToLegacy}><input type="hidden" name="next" value="/timetable/old" /><button>Old timetable</button></form>
      <ul>{sailings.map((s) => <li key={s.id}>{s.name} — {String(s.departs_at)}</li>)}</ul>
      <AskAssistant />
    </main>
  );
}
