import Link from "next/link";
import { CentreFinder } from "@/components/CentreFinder";

export default function Home() {
  return (
    <main>
      <h1>DonorWell</h1>
      <p>Find a donation centre near you.</p>
      <CentreFinder />
      <Link href="/sign-in">Donor sign in</Link>
    </main>
  );
}
