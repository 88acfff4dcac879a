import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Kilnworks</h1>
      <p>Wheel bookings, kiln queues and glaze tests for your studio.</p>
      <Link href="/catalogue">Browse classes</Link> · <Link href="/login">Member sign in</Link>
    </main>
  );
}
