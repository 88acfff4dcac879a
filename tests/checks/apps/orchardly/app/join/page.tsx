import Link from "next/link";

export default function JoinPage() {
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">You're not a member of a farm yet</h1>
      <p className="mt-2">Pick a farm on the <Link href="/map" className="underline">map</Link> or ask your farm for an invitation.</p>
    </main>
  );
}
