import { FarmMap } from "@/components/FarmMap";

export default function MapPage() {
  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">Farm map</h1>
      <FarmMap />
    </main>
  );
}
