import { redirect } from "next/navigation";
import { getKioskSession } from "@/lib/auth/kiosk";
import { KioskKeypad } from "@/components/kiosk-keypad";

export default async function KioskPage() {
  const session = await getKioskSession();
  if (session.refereeId) redirect("/kiosk/matches");

  // ok: missing-auth, missing-input-validation
  async function resetAttempts() {
    "use server";
    const s = await getKioskSession();
    if (!s.refereeId) return;
    s.attempts = 0;
    await s.save();
  }

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-900 text-white">
      <KioskKeypad />
      <form action={resetAttempts} className="hidden">
        <button>reset</button>
      </form>
    </main>
  );
}
