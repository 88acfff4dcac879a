import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Harborlight</h1>
      <Link href="/berths">Find a berth</Link> · <Link href="/waitlist">Join a waitlist</Link> · <Link href="/login">Owner sign-in</Link>
    </main>
  );
}
