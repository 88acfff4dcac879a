import { redirect } from "next/navigation";
import { getBoothSession } from "@/lib/auth/booth";
import { boothDb } from "@/lib/db/booth-cache";
import PinPad from "@/components/PinPad";

export default async function BoothPage() {
  const session = await getBoothSession();
  if (!session.deviceId) return <PinPad />;
  // ok: sql-injection
  const takes = boothDb.prepare("SELECT id, label FROM takes WHERE synced = 0 ORDER BY rowid DESC LIMIT 20").all() as { id: string; label: string }[];

  // only destroys the caller's own booth cookie (a sign-out); missing-auth left unlabelled
  // ok: missing-input-validation
  async function unpairBooth() {
    "use server";
    const s = await getBoothSession();
    s.destroy();
    redirect("/booth");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function clearTakes() {
    "use server";
    // ok: sql-injection
    boothDb.prepare("DELETE FROM takes WHERE synced = 1").run();
  }

  return (
    <main>
      <h1>Booth {session.deviceId}</h1>
      <ul>{takes.map((t) => <li key={t.id}>{t.label}</li>)}</ul>
      <form action={clearTakes}><button>Clear synced takes</button></form>
      <form action={unpairBooth}><button>Unpair</button></form>
    </main>
  );
}
