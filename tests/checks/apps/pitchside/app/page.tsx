import Link from "next/link";

export default function Home() {
  return (
    <main className="mx-auto max-w-3xl p-10">
      <h1 className="text-4xl font-bold">Pitchside</h1>
      <p className="mt-4 text-lg">Rosters, schedules, waivers and fees for youth leagues.</p>
      <div className="mt-8 flex gap-4">
        <Link className="btn" href="/login">Sign in</Link>
        <Link className="btn-outline" href="/schedule/demo-league">See a schedule</Link>
      </div>
    </main>
  );
}
